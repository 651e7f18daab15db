"""Sample exhibition: Qijiang farmers' prints."""

from ..texts import T
from .sources import MAP_CAPTION, SAMPLE_QUOTE_SOURCE, notes

EXHIBITION = {
    "slug": "farmers-prints",
    "title": T("刀刻的田野：綦江农民版画", "Fields Carved in Wood: Qijiang Farmers' Prints"),
    "subtitle": T(
        "一座版画之乡的故事（示例展览）",
        "The story of a home of farmers' prints (sample exhibition)",
    ),
    "hero": ("hero", 11),
    "hero_alt": T(
        "套色木刻风格的示例画面：红日、梯田和劳作的农民",
        "Sample picture in the style of a colour woodcut: a red sun, terraced fields and farmers at work",
    ),
    "introduction": T.rich(
        T(
            "綦江农民版画描绘农民自己的劳动和日常生活。本示例展览用程序绘制的图像，讲述这门民间艺术的来历与传承。",
            "Qijiang farmers' prints show farmers' own work and daily life. This sample exhibition "
            "tells where the folk art came from and how it is passed on, illustrated with pictures "
            "drawn by the computer.",
        )
    ),
    "curators": T("示例策展人", "Sample curators"),
    "venue": T("图书馆一楼展厅（示例）", "Ground-floor gallery of the library (sample)"),
    "chapters": [
        {
            "slug": "roots",
            "title": T("源流", "Roots"),
            "summary": T(
                "从明清木版年画到农民自己的版画。",
                "From Ming and Qing New Year prints to farmers' own prints.",
            ),
            "body": [
                ("heading", T("从年画到农民版画", "From New Year prints to farmers' prints")),
                (
                    "rich_text",
                    T.rich(
                        T(
                            "綦江农民版画从明清两代的木版年画和雕刻装饰中生长出来。[1]",
                            "Qijiang farmers' prints grew out of the woodblock New Year prints and carved decoration of the Ming and Qing dynasties.[1]",
                        ),
                        T(
                            "画面描绘农民自己的劳动和日常生活，质朴、天真、夸张，色彩明艳。[1][2]",
                            "The pictures show farmers' own work and daily life: simple, naive, exaggerated and brightly coloured.[1][2]",
                        ),
                    ),
                ),
                (
                    "item",
                    {
                        "item": "QJ-P-016",
                        "caption": T("示例：年画门神", "Sample: New Year door guardians"),
                    },
                ),
                ("heading", T("田野的颜色", "The colours of the fields")),
                (
                    "rich_text",
                    T.rich(
                        T(
                            "下面的示例作品由程序按版画的样式绘制：粗黑的轮廓、平涂的红与赭黄。",
                            "The sample works below are drawn by the computer in the manner of the prints: heavy black outlines, flat red and ochre.",
                        ),
                    ),
                ),
                ("item", {"item": "QJ-P-001", "caption": ""}),
                notes("pd2016", "cd2024"),
            ],
        },
        {
            "slug": "onto-the-national-stage",
            "title": T("走向全国", "Onto the national stage"),
            "summary": T(
                "1980年代的乡村文化站、北京的展览和“画乡”的名号。",
                "Village cultural stations in the 1980s, a show in Beijing and the title of a home of folk art.",
            ),
            "body": [
                ("heading", T("乡村文化站", "Village cultural stations")),
                (
                    "rich_text",
                    T.rich(
                        T(
                            "1980年代初（一说1983年），县文化馆设立了二十多个乡村文化站，在东溪、赶水等约十个乡镇开办免费版画班。[1]",
                            "In the early 1980s (one source says 1983) the county cultural centre set up more than twenty rural cultural stations, with free printmaking classes in about ten townships, among them Dongxi and Ganshui.[1]",
                        ),
                    ),
                ),
                (
                    "map",
                    {
                        "title": T(
                            "开办版画班的部分乡镇",
                            "Some of the townships with printmaking classes",
                        ),
                        "places": [
                            "gunan",
                            "dongxi",
                            "ganshui",
                            "sanjiao",
                            "yongcheng",
                            "datong",
                            "shijiao",
                        ],
                        "caption": MAP_CAPTION,
                    },
                ),
                (
                    "timeline",
                    {
                        "title": T("大事年表", "Timeline"),
                        "entries": [
                            (
                                T("1980年代初", "Early 1980s"),
                                1983,
                                T(
                                    "乡村文化站开办免费版画班。[1]",
                                    "Rural cultural stations run free printmaking classes.[1]",
                                ),
                            ),
                            (
                                T("1984年1月", "January 1984"),
                                1984,
                                T(
                                    "綦江农民版画在北京中国美术馆展出。[2]",
                                    "The prints are shown at the National Art Museum of China in Beijing.[2]",
                                ),
                            ),
                            (
                                T("1985年", "1985"),
                                1985,
                                T(
                                    "四川省文化厅、四川省美术家协会和重庆市政府命名綦江为“农民版画之乡”。[2]",
                                    "The Sichuan culture department, the Sichuan artists' association and the Chongqing government name Qijiang a home of farmers' prints.[2]",
                                ),
                            ),
                            (
                                T("1988年", "1988"),
                                1988,
                                T(
                                    "文化部命名綦江为“中国现代民间绘画画乡”。[2][3]",
                                    "The Ministry of Culture names Qijiang a home of modern Chinese folk painting.[2][3]",
                                ),
                            ),
                            (
                                T("2008年", "2008"),
                                2008,
                                T(
                                    "文化部命名綦江为“中国民间文化艺术之乡”。[3]",
                                    "The Ministry of Culture names Qijiang a home of Chinese folk culture and art.[3]",
                                ),
                            ),
                            (
                                T("2011年", "2011"),
                                2011,
                                T(
                                    "綦江农民版画列入重庆市非物质文化遗产名录。[4]",
                                    "The prints are listed as intangible cultural heritage of Chongqing Municipality.[4]",
                                ),
                            ),
                        ],
                    },
                ),
                (
                    "gallery",
                    {
                        "title": T("示例作品", "Sample works"),
                        "items": ["QJ-P-002", "QJ-P-003", "QJ-P-004", "QJ-P-005", "QJ-P-012"],
                    },
                ),
                notes("cd2024", "ichq2018", "xinhua2019", "ichq2024"),
            ],
        },
        {
            "slug": "passing-it-on",
            "title": T("传承", "Passing it on"),
            "summary": T(
                "版画院、学校课堂和走向海外的作品。",
                "The institute, school classrooms and works that travel abroad.",
            ),
            "body": [
                (
                    "rich_text",
                    T.rich(
                        T(
                            "自1985年以来，綦江农民版画已在四十多个国家和地区展出；六百多件作品为中国国家博物馆和私人藏家收藏。[1][2]",
                            "Since 1985 the prints have been shown in more than forty countries and regions; more than six hundred works are held by the National Museum of China and private collectors.[1][2]",
                        ),
                        T(
                            "綦江农民版画院保存并传授这门手艺，李成芝是代表性传承人。[1]",
                            "The Qijiang Farmers' Printmaking Institute keeps and teaches the craft; Li Chengzhi is a representative inheritor.[1]",
                        ),
                    ),
                ),
                ("heading", T("走进课堂", "Into the classroom")),
                (
                    "rich_text",
                    T.rich(
                        T(
                            "綦江的学校教学生刻版画，版画已进入当地中小学课程。[3][4]",
                            "Qijiang schools teach pupils printmaking, and the prints are part of local primary and secondary curricula.[3][4]",
                        ),
                    ),
                ),
                ("item", {"item": "QJ-P-008", "caption": ""}),
                (
                    "quote",
                    {
                        "text": T(
                            "刻刀一下去，田里的事就都回来了。",
                            "Once the knife goes in, everything from the fields comes back.",
                        ),
                        "attribution": T("示例受访者（虚构）", "A sample interviewee (fictional)"),
                        "source": SAMPLE_QUOTE_SOURCE,
                    },
                ),
                (
                    "media",
                    {
                        "title": T("示例口述：学刻版画", "Sample oral history: learning to carve"),
                        "audio": "audio-1",
                        "transcript": T.rich(
                            T(
                                "（示例录音，只有几个音调，没有人声。）",
                                "(A sample recording: a few tones, no voice.)",
                            ),
                            T(
                                "采访者：您是怎么开始刻版画的？",
                                "Interviewer: How did you start making prints?",
                            ),
                            T(
                                "受访者（虚构）：先在纸上画稿，再反贴到木板上，一刀一刀地刻。",
                                "Interviewee (fictional): First you draw on paper, then paste it face down on the block and carve it, cut by cut.",
                            ),
                        ),
                    },
                ),
                ("item", {"item": "QJ-W-009", "caption": ""}),
                notes("cd2024", "ichq2018", "xinhua2019", "pdcq2023"),
            ],
        },
    ],
}
