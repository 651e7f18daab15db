"""Sample exhibition: Dongxi ancient town."""

from ..texts import T
from .sources import MAP_CAPTION, SAMPLE_QUOTE_SOURCE, notes

EXHIBITION = {
    "slug": "dongxi",
    "title": T("盐道上的古镇：东溪", "A Town on the Salt Road: Dongxi"),
    "subtitle": T(
        "会馆、戏台与码头（示例展览）",
        "Guild halls, opera stages and a wharf (sample exhibition)",
    ),
    "hero": ("photograph", 21),
    "hero_alt": T(
        "示例老照片：山坡上层叠的房屋、石拱桥和河流",
        "Sample old photograph: houses stacked on a hillside, a stone arch bridge and a river",
    ),
    "introduction": T.rich(
        T(
            "东溪古镇在綦江区南部，因盐、茶贸易而兴。本示例展览用程序绘制的照片和地图，走过它的会馆、戏台和街巷。",
            "Dongxi, in the south of Qijiang District, grew rich on the salt and tea trade. This sample exhibition walks through its guild halls, opera stages and streets, with photographs and maps drawn by the computer.",
        ),
    ),
    "curators": T("示例策展人", "Sample curators"),
    "venue": "",
    "chapters": [
        {
            "slug": "on-the-qi-river",
            "title": T("綦河之畔", "On the Qi River"),
            "summary": T(
                "位置、丹溪县和镇名的由来。",
                "Where it lies, Danxi County and the origin of the name.",
            ),
            "body": [
                (
                    "rich_text",
                    T.rich(
                        T(
                            "东溪古镇位于綦江区南部，与贵州习水县相邻。[1]",
                            "Dongxi lies in the south of Qijiang District, bordering Xishui County in Guizhou.[1]",
                        ),
                        T(
                            "唐武德二年（619年），这里设丹溪县；镇名来自向东流入綦河的溪水。[2]",
                            "In 619, the second year of the Tang Wude reign, a county named Danxi was set up here; the town's name comes from the streams that flow east into the Qi River.[2]",
                        ),
                        T(
                            "古镇依川黔盐道和盐、茶贸易而兴，是河港码头，也是集镇。[1]",
                            "It prospered on the Sichuan–Guizhou salt road and the salt and tea trade, as a river wharf and a market town.[1]",
                        ),
                    ),
                ),
                (
                    "map",
                    {
                        "title": T("东溪及其周边", "Dongxi and its surroundings"),
                        "places": ["dongxi", "gunan", "ganshui", "xishui"],
                        "caption": MAP_CAPTION,
                    },
                ),
                ("item", {"item": "QJ-D-009", "caption": ""}),
                ("item", {"item": "QJ-D-006", "caption": T("示例：码头", "Sample: the wharf")}),
                notes("ttnews", "fx361"),
            ],
        },
        {
            "slug": "guild-halls",
            "title": T("会馆与戏台", "Guild halls and stages"),
            "summary": T(
                "万天宫、南华宫和它们的戏台。",
                "Wantian Palace, Nanhua Palace and their opera stages.",
            ),
            "body": [
                ("heading", T("万天宫", "Wantian Palace")),
                (
                    "rich_text",
                    T.rich(
                        T(
                            "万天宫建于康熙二年（1663年），是四川商人的会馆，保留着古戏台和三国故事木雕。[1][2]",
                            "Wantian Palace, built in 1663, the second year of the Kangxi reign, is the guild hall of Sichuan merchants, with an old opera stage and carved wooden reliefs of Three Kingdoms stories.[1][2]",
                        ),
                    ),
                ),
                ("item", {"item": "QJ-D-003", "caption": ""}),
                ("heading", T("南华宫", "Nanhua Palace")),
                (
                    "rich_text",
                    T.rich(
                        T(
                            "南华宫是广东客家移民的会馆，格局与万天宫相似，戏台较小。[1][2]",
                            "Nanhua Palace is the guild hall of Hakka settlers from Guangdong, laid out like Wantian Palace, with a smaller stage.[1][2]",
                        ),
                        T(
                            "自2018年起，修复后的南华宫为游客开设版画体验课。[3]",
                            "Since 2018 the restored Nanhua Palace has hosted hands-on printmaking classes for visitors.[3]",
                        ),
                    ),
                ),
                (
                    "then_and_now",
                    {
                        "then": ("then", 7),
                        "now": ("now", 7),
                        "then_alt": T(
                            "示例：旧时街景，泛黄的黑白画面",
                            "Sample: a street in the past, in faded black and white",
                        ),
                        "then_label": T("过去（示例）", "Then (sample)"),
                        "now_alt": T(
                            "示例：同一街景的彩色画面", "Sample: the same street in colour"
                        ),
                        "now_label": T("现在（示例）", "Now (sample)"),
                        "caption": T(
                            "示例图像，由程序绘制，并非真实照片。",
                            "Sample pictures drawn by the computer, not real photographs.",
                        ),
                    },
                ),
                (
                    "gallery",
                    {
                        "title": T("会馆与街巷", "Guild halls and streets"),
                        "items": ["QJ-D-004", "QJ-D-001", "QJ-D-007", "QJ-W-001"],
                    },
                ),
                notes("ttnews", "douban", "cri2018"),
            ],
        },
        {
            "slug": "street-memories",
            "title": T("街巷记忆", "Memories of the streets"),
            "summary": T(
                "太平桥、黄葛树、龙华寺和麻乡约民信局。",
                "Taiping Bridge, the huangjue trees, Longhua Temple and the Maxiangyue letter office.",
            ),
            "body": [
                (
                    "rich_text",
                    T.rich(
                        T(
                            "介绍东溪的资料还提到清代的太平桥和桥边的老黄葛树、龙华寺，以及麻乡约民信局。[1][2]",
                            "Sources on Dongxi also name the Qing-dynasty Taiping Bridge beside old huangjue fig trees, Longhua Temple and the Maxiangyue private letter office.[1][2]",
                        ),
                    ),
                ),
                ("item", {"item": "QJ-D-002", "caption": ""}),
                (
                    "quote",
                    {
                        "text": T(
                            "桥还是那座桥，树比我小时候更大了。",
                            "The bridge is the same bridge; the trees are bigger than when I was small.",
                        ),
                        "attribution": T("示例受访者（虚构）", "A sample interviewee (fictional)"),
                        "source": SAMPLE_QUOTE_SOURCE,
                    },
                ),
                (
                    "media",
                    {
                        "title": T(
                            "示例口述：老街的声音",
                            "Sample oral history: sounds of the old street",
                        ),
                        "audio": "audio-2",
                        "transcript": T.rich(
                            T(
                                "（示例录音，只有几个音调，没有人声。）",
                                "(A sample recording: a few tones, no voice.)",
                            ),
                            T(
                                "受访者（虚构）：早上最先听到的是码头上的号子。",
                                "Interviewee (fictional): The first thing you heard in the morning was the work songs at the wharf.",
                            ),
                        ),
                    },
                ),
                ("item", {"item": "QJ-D-012", "caption": ""}),
                notes("ttnews", "fx361"),
            ],
        },
    ],
}
