"""The sample content. Everything here is labelled as sample content; historical statements in
the exhibitions come from ../shared/content/qijiang-facts.md and cite their sources in footnote
blocks. Item records are invented demonstrations, not real holdings.
"""

from collection.vocabularies import ItemType, Rights

from .texts import T

SAMPLE_NOTE = "（示例）"

# name zh, name en, latitude, longitude (WGS-84, approximate town centres or landmarks)
PLACES = {
    "gunan": ("古南街道", "Gunan Subdistrict (urban Qijiang)", 29.03, 106.65),
    "dongxi": ("东溪镇", "Dongxi", 28.78, 106.64),
    "sanjiao": ("三角镇", "Sanjiao", 28.94, 106.76),
    "ganshui": ("赶水镇", "Ganshui", 28.76, 106.73),
    "yongcheng": ("永城镇", "Yongcheng", 29.07, 106.84),
    "datong": ("打通镇", "Datong", 28.85, 106.79),
    "shijiao": ("石角镇", "Shijiao", 29.15, 106.62),
    "wantian": ("万天宫", "Wantian Palace", 28.781, 106.642),
    "nanhua": ("南华宫", "Nanhua Palace", 28.782, 106.638),
    "taiping": ("太平桥", "Taiping Bridge", 28.779, 106.645),
    "longhua": ("龙华寺", "Longhua Temple", 28.777, 106.637),
    "maxiangyue": ("麻乡约民信局", "Maxiangyue letter office", 28.780, 106.641),
    "namoc": ("中国美术馆", "National Art Museum of China", 39.926, 116.410),
    "chongqing": ("重庆市渝中区", "Yuzhong, Chongqing", 29.557, 106.577),
    "xishui": ("习水县", "Xishui County, Guizhou", 28.33, 106.20),
}

SUBJECTS = {
    "prints": ("版画", "Prints"),
    "farming": ("农业", "Farming"),
    "festival": ("节庆", "Festivals"),
    "town": ("古镇", "Ancient towns"),
    "architecture": ("建筑", "Architecture"),
    "river": ("河流", "Rivers"),
    "salt": ("盐道", "Salt road"),
    "folk": ("民俗", "Folk customs"),
    "education": ("教育", "Education"),
    "crafts": ("手工艺", "Crafts"),
    "music": ("音乐", "Music"),
    "trade": ("商贸", "Trade"),
}

COLLECTIONS = [
    # slug, title zh, title en, description zh, description en, cover kind
    (
        "farmers-prints",
        T("农民版画（示例）", "Farmers' prints (sample)"),
        T(
            "以綦江农民版画为题的示例藏品，图像由程序绘制。",
            "Sample items on the theme of Qijiang farmers' prints; the pictures are drawn by "
            "the computer.",
        ),
        "print",
    ),
    (
        "dongxi-old-town",
        T("东溪古镇（示例）", "Dongxi ancient town (sample)"),
        T(
            "关于东溪古镇街巷、会馆与桥梁的示例照片、地图和文献。",
            "Sample photographs, maps and documents about the streets, guild halls and bridges "
            "of Dongxi.",
        ),
        "photograph",
    ),
    (
        "papers-and-voices",
        T("文献与口述（示例）", "Papers and voices (sample)"),
        T(
            "示例手稿、信札、报纸与口述录音，用于演示全文转录和音频文字稿。",
            "Sample manuscripts, letters, newspapers and oral recordings, showing transcriptions "
            "and audio transcripts.",
        ),
        "manuscript",
    ),
]

_RIGHTS = [Rights.INC_EDU, Rights.CC_BY_NC, Rights.NOC_NC, Rights.CNE, Rights.INC, Rights.CC_BY]

# identifier, type, title zh, title en, date zh, date en, start, end, place, collections,
# subjects, translated (False: left untranslated to show the fallback)
# fmt: off
ITEMS = [
    ("QJ-P-001", "print", "丰收的田野", "Fields at harvest", "约1984年", "c. 1984", 1984, 1984, "gunan", ["farmers-prints"], ["prints", "farming"], True),
    ("QJ-P-002", "print", "赶场天", "Market day", "1980年代", "1980s", 1980, 1989, "ganshui", ["farmers-prints"], ["prints", "trade"], True),
    ("QJ-P-003", "print", "春耕", "Spring ploughing", "约1985年", "c. 1985", 1985, 1985, "sanjiao", ["farmers-prints"], ["prints", "farming"], True),
    ("QJ-P-004", "print", "龙灯", "Dragon lanterns", "1986年", "1986", 1986, 1986, "dongxi", ["farmers-prints"], ["prints", "festival"], True),
    ("QJ-P-005", "print", "织布的母亲", "Mother at the loom", "1990年代", "1990s", 1990, 1999, "datong", ["farmers-prints"], ["prints", "crafts"], True),
    ("QJ-P-006", "print", "河边人家", "Houses by the river", "约1992年", "c. 1992", 1992, 1992, "dongxi", ["farmers-prints"], ["prints", "river"], True),
    ("QJ-P-007", "print", "果园", "The orchard", "2003年", "2003", 2003, 2003, "yongcheng", ["farmers-prints"], ["prints", "farming"], True),
    ("QJ-P-008", "print", "学刻版画的孩子", "Children learning to carve", "2012年", "2012", 2012, 2012, "gunan", ["farmers-prints"], ["prints", "education"], True),
    ("QJ-P-009", "print", "新农村", "New village", "2019年", "2019", 2019, 2019, "shijiao", ["farmers-prints"], ["prints", "architecture"], True),
    ("QJ-P-010", "print", "吹打", "Wind and drum band", "2021年", "2021", 2021, 2021, "yongcheng", ["farmers-prints"], ["prints", "music"], True),
    ("QJ-P-011", "print", "稻田与白鹭", "Rice paddies and egrets", "2023年", "2023", 2023, 2023, "sanjiao", ["farmers-prints"], ["prints", "farming"], False),
    ("QJ-P-012", "poster", "版画展览海报", "Print exhibition poster", "1984年", "1984", 1984, 1984, "namoc", ["farmers-prints"], ["prints"], True),
    ("QJ-P-013", "poster", "农民画乡宣传画", "Poster for the home of farmers' art", "1988年", "1988", 1988, 1988, "gunan", ["farmers-prints"], ["prints", "folk"], True),
    ("QJ-P-014", "object", "木刻版", "Carved woodblock", "1980年代", "1980s", 1980, 1989, "gunan", ["farmers-prints"], ["prints", "crafts"], True),
    ("QJ-P-015", "painting", "山村晨雾", "Morning mist over a mountain village", "1970年代", "1970s", 1970, 1979, "shijiao", ["farmers-prints"], ["farming"], True),
    ("QJ-P-016", "print", "年画门神", "New Year door guardians", "1950年代", "1950s", 1950, 1959, "dongxi", ["farmers-prints"], ["prints", "folk"], True),
    ("QJ-D-001", "photograph", "古镇河街", "River street in the old town", "1930年代", "1930s", 1930, 1939, "dongxi", ["dongxi-old-town"], ["town", "river"], True),
    ("QJ-D-002", "photograph", "太平桥", "Taiping Bridge", "约1950年", "c. 1950", 1948, 1952, "taiping", ["dongxi-old-town"], ["town", "architecture"], True),
    ("QJ-D-003", "photograph", "万天宫戏台", "The opera stage of Wantian Palace", "1960年代", "1960s", 1960, 1969, "wantian", ["dongxi-old-town"], ["architecture", "folk"], True),
    ("QJ-D-004", "photograph", "南华宫", "Nanhua Palace", "1970年代", "1970s", 1970, 1979, "nanhua", ["dongxi-old-town"], ["architecture"], True),
    ("QJ-D-005", "photograph", "龙华寺山门", "Gate of Longhua Temple", "1980年代", "1980s", 1980, 1989, "longhua", ["dongxi-old-town"], ["architecture"], True),
    ("QJ-D-006", "photograph", "码头", "The wharf", "民国二十年", "20th year of the Republic (1931)", 1931, 1931, "dongxi", ["dongxi-old-town"], ["river", "trade", "salt"], True),
    ("QJ-D-007", "photograph", "黄葛树下", "Under the huangjue trees", "1990年代", "1990s", 1990, 1999, "taiping", ["dongxi-old-town"], ["town"], True),
    ("QJ-D-008", "photograph", "老街今貌", "The old street today", "2018年", "2018", 2018, 2018, "dongxi", ["dongxi-old-town"], ["town"], True),
    ("QJ-D-009", "map", "东溪场镇图", "Map of Dongxi market town", "清末", "late Qing", 1890, 1911, "dongxi", ["dongxi-old-town"], ["town", "river"], True),
    ("QJ-D-010", "map", "綦河水道图", "Chart of the Qi River", "1940年代", "1940s", 1940, 1949, "gunan", ["dongxi-old-town"], ["river", "salt"], True),
    ("QJ-D-011", "map", "川黔盐道示意图", "Sketch map of the Sichuan–Guizhou salt road", "1930年代", "1930s", 1930, 1939, "xishui", ["dongxi-old-town"], ["salt", "trade"], True),
    ("QJ-D-012", "photograph", "麻乡约民信局旧址", "Former Maxiangyue letter office", "2000年代", "2000s", 2000, 2009, "maxiangyue", ["dongxi-old-town"], ["trade", "architecture"], True),
    ("QJ-D-013", "photograph", "赶水场", "Ganshui market", "1960年代", "1960s", 1960, 1969, "ganshui", ["dongxi-old-town"], ["trade"], False),
    ("QJ-D-014", "photograph", "打通老街", "Old street of Datong", "1950年代", "1950s", 1950, 1959, "datong", ["dongxi-old-town"], ["town"], True),
    ("QJ-W-001", "manuscript", "会馆账簿", "Guild hall account book", "民国十五年", "15th year of the Republic (1926)", 1926, 1926, "wantian", ["papers-and-voices"], ["trade"], True),
    ("QJ-W-002", "letter", "家书", "A letter home", "1950年代", "1950s", 1950, 1959, "maxiangyue", ["papers-and-voices"], ["folk"], True),
    ("QJ-W-003", "letter", "寄往重庆的信", "A letter to Chongqing", "1940年代", "1940s", 1940, 1949, "chongqing", ["papers-and-voices"], ["trade"], True),
    ("QJ-W-004", "newspaper", "县报（版画专版）", "County paper, print supplement", "1985年", "1985", 1985, 1985, "gunan", ["papers-and-voices", "farmers-prints"], ["prints"], True),
    ("QJ-W-005", "newspaper", "旧报纸一页", "A page of an old newspaper", "1930年代", "1930s", 1930, 1939, "gunan", ["papers-and-voices"], ["trade"], False),
    ("QJ-W-006", "book", "线装族谱", "Thread-bound family genealogy", "清代", "Qing dynasty", 1800, 1911, "yongcheng", ["papers-and-voices"], ["folk"], True),
    ("QJ-W-007", "book", "版画教材", "Printmaking textbook", "2010年代", "2010s", 2010, 2019, "gunan", ["papers-and-voices", "farmers-prints"], ["education", "prints"], True),
    ("QJ-W-008", "manuscript", "戏单", "Opera programme", "1940年代", "1940s", 1940, 1949, "wantian", ["papers-and-voices"], ["folk", "music"], False),
    ("QJ-W-009", "audio", "口述：学刻版画", "Oral history: learning to carve", "2024年", "2024", 2024, 2024, "gunan", ["papers-and-voices", "farmers-prints"], ["prints", "education"], True),
    ("QJ-W-010", "audio", "口述：老街的声音", "Oral history: sounds of the old street", "2023年", "2023", 2023, 2023, "dongxi", ["papers-and-voices", "dongxi-old-town"], ["town", "music"], True),
    ("QJ-W-011", "object", "盐包秤", "Salt-sack steelyard", "民国时期", "Republican era", 1912, 1949, "dongxi", ["papers-and-voices", "dongxi-old-town"], ["salt", "trade"], True),
    ("QJ-W-012", "manuscript", "契约文书", "Land deed", "光绪年间", "Guangxu reign", 1875, 1908, "sanjiao", ["papers-and-voices"], ["farming"], False),
]
# fmt: on

TYPE_NOUN = {
    "print": ("版画", "print"),
    "poster": ("海报", "poster"),
    "object": ("实物", "object"),
    "painting": ("绘画", "painting"),
    "photograph": ("照片", "photograph"),
    "map": ("地图", "map"),
    "manuscript": ("手稿", "manuscript"),
    "letter": ("信札", "letter"),
    "newspaper": ("报纸", "newspaper"),
    "book": ("图书", "book"),
    "audio": ("录音", "recording"),
}

PHYSICAL = {
    "print": (
        "纸本套色木刻，约 40 × 55 厘米（示例）",
        "Colour woodcut on paper, about 40 × 55 cm (sample)",
    ),
    "poster": (
        "纸本胶印，约 52 × 76 厘米（示例）",
        "Offset print on paper, about 52 × 76 cm (sample)",
    ),
    "object": ("木质，约 30 × 20 × 3 厘米（示例）", "Wood, about 30 × 20 × 3 cm (sample)"),
    "painting": ("纸本设色（示例）", "Ink and colour on paper (sample)"),
    "photograph": (
        "银盐照片，约 12 × 9 厘米（示例）",
        "Silver gelatin print, about 12 × 9 cm (sample)",
    ),
    "map": ("纸本手绘（示例）", "Hand-drawn on paper (sample)"),
    "manuscript": ("毛笔墨书，纸本（示例）", "Brush and ink on paper (sample)"),
    "letter": ("八行笺，毛笔书写（示例）", "Eight-line letter paper, brush and ink (sample)"),
    "newspaper": ("新闻纸，四版（示例）", "Newsprint, four pages (sample)"),
    "book": ("线装，一册（示例）", "Thread-bound, one volume (sample)"),
    "audio": ("数字录音，WAV（示例）", "Digital recording, WAV (sample)"),
}


def rights_for(index: int) -> str:
    return _RIGHTS[index % len(_RIGHTS)]


def object_language_for(item_type: str) -> str:
    if item_type in {"manuscript", "letter", "newspaper", "book", "audio", "poster"}:
        return "zh"
    return "zxx"


assert {row[1] for row in ITEMS} <= set(ItemType.values)
