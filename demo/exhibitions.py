"""The two sample exhibitions. Historical statements come from
../shared/content/qijiang-facts.md, and each chapter cites its sources in a footnotes block.
Quotes and recordings are fictional samples and say so."""

from .texts import T

SRC = {
    "pd2016": (
        T("《人民日报海外版》，2016年5月30日。", "People's Daily overseas edition, 30 May 2016."),
        "http://paper.people.com.cn/rmrbhwb/html/2016-05/30/content_1683375.htm",
    ),
    "cd2024": (
        T("China Daily，2024年8月15日（经 The Independent 转载）。",
          "China Daily, 15 August 2024 (republished by The Independent)."),
        "https://independent.co.uk/asia/china/china-daily/farmers-creative-art-print-culture-b2597459.html",
    ),
    "ichq2018": (
        T("iChongqing，2018年11月17日。", "iChongqing, 17 November 2018."),
        "https://www.ichongqing.info/2018/11/17/chongqing-qijiang-farmers-prints-wonderful-works-of-folk-art-in-china/amp/",
    ),
    "xinhua2019": (
        T("新华网英文版，2019年11月13日。", "Xinhua (English), 13 November 2019."),
        "http://xinhuanet.com/english/2019-11/13/c_138552460.htm",
    ),
    "ichq2024": (
        T("iChongqing，2024年3月25日。", "iChongqing, 25 March 2024."),
        "https://www.ichongqing.info/2024/03/25/qijiang-farmers-prints-portraits-of-rural-life-and-urban-impressions/",
    ),
    "pdcq2023": (
        T("人民网重庆频道，2023年9月8日。", "People's Daily Online, Chongqing edition, 8 September 2023."),
        "",
    ),
    "ttnews": (T("ttnews 东溪古镇介绍页。", "ttnews page on Dongxi ancient town."),
               "https://ttnews.xyz/a/5e8623b2dc9b5e1b190e5cec?lang=zh-hant"),
    "fx361": (T("fx361，2018年3月27日。", "fx361, 27 March 2018."),
              "https://m.fx361.cc/news/2018/0327/11383192.html"),
    "douban": (T("豆瓣笔记《东溪》。", "Douban note on Dongxi."), "https://douban.com/note/153666965/"),
    "cri2018": (
        T("国际在线重庆频道，2018年6月25日。", "China Radio International, Chongqing, 25 June 2018."),
        "https://big5.cri.cn/gate/big5/cq.cri.cn/2018-06-25/740ccb08-de9b-b2a6-7716-b598d9cf6bab.html",
    ),
}


def notes(*keys):
    return ("footnotes", {"notes": [SRC[k] for k in keys]})


MAP_CAPTION = T("坐标为近似位置（WGS-84），仅作示意。", "Coordinates are approximate (WGS-84), for illustration only.")
SAMPLE_QUOTE_SOURCE = T("示例口述录音（虚构）", "Sample oral-history recording (fictional)")

EXHIBITIONS = [
    {
        "slug": "farmers-prints",
        "title": T("刀刻的田野：綦江农民版画", "Fields Carved in Wood: Qijiang Farmers' Prints"),
        "subtitle": T("一座版画之乡的故事（示例展览）", "The story of a home of farmers' prints (sample exhibition)"),
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
                "summary": T("从明清木版年画到农民自己的版画。", "From Ming and Qing New Year prints to farmers' own prints."),
                "body": [
                    ("heading", T("从年画到农民版画", "From New Year prints to farmers' prints")),
                    ("rich_text", T.rich(
                        T("綦江农民版画从明清两代的木版年画和雕刻装饰中生长出来。[1]",
                          "Qijiang farmers' prints grew out of the woodblock New Year prints and carved decoration of the Ming and Qing dynasties.[1]"),
                        T("画面描绘农民自己的劳动和日常生活，质朴、天真、夸张，色彩明艳。[1][2]",
                          "The pictures show farmers' own work and daily life: simple, naive, exaggerated and brightly coloured.[1][2]"),
                    )),
                    ("item", {"item": "QJ-P-016", "caption": T("示例：年画门神", "Sample: New Year door guardians")}),
                    ("heading", T("田野的颜色", "The colours of the fields")),
                    ("rich_text", T.rich(
                        T("下面的示例作品由程序按版画的样式绘制：粗黑的轮廓、平涂的红与赭黄。",
                          "The sample works below are drawn by the computer in the manner of the prints: heavy black outlines, flat red and ochre."),
                    )),
                    ("item", {"item": "QJ-P-001", "caption": ""}),
                    notes("pd2016", "cd2024"),
                ],
            },
            {
                "slug": "onto-the-national-stage",
                "title": T("走向全国", "Onto the national stage"),
                "summary": T("1980年代的乡村文化站、北京的展览和“画乡”的名号。",
                             "Village cultural stations in the 1980s, a show in Beijing and the title of a home of folk art."),
                "body": [
                    ("heading", T("乡村文化站", "Village cultural stations")),
                    ("rich_text", T.rich(
                        T("1980年代初（一说1983年），县文化馆设立了二十多个乡村文化站，在东溪、赶水等约十个乡镇开办免费版画班。[1]",
                          "In the early 1980s (one source says 1983) the county cultural centre set up more than twenty rural cultural stations, with free printmaking classes in about ten townships, among them Dongxi and Ganshui.[1]"),
                    )),
                    ("map", {
                        "title": T("开办版画班的部分乡镇", "Some of the townships with printmaking classes"),
                        "places": ["gunan", "dongxi", "ganshui", "sanjiao", "yongcheng", "datong", "shijiao"],
                        "caption": MAP_CAPTION,
                    }),
                    ("timeline", {
                        "title": T("大事年表", "Timeline"),
                        "entries": [
                            (T("1980年代初", "Early 1980s"), 1983, T("乡村文化站开办免费版画班。[1]", "Rural cultural stations run free printmaking classes.[1]")),
                            (T("1984年1月", "January 1984"), 1984, T("綦江农民版画在北京中国美术馆展出。[2]", "The prints are shown at the National Art Museum of China in Beijing.[2]")),
                            (T("1985年", "1985"), 1985, T("四川省文化厅、四川省美术家协会和重庆市政府命名綦江为“农民版画之乡”。[2]", "The Sichuan culture department, the Sichuan artists' association and the Chongqing government name Qijiang a home of farmers' prints.[2]")),
                            (T("1988年", "1988"), 1988, T("文化部命名綦江为“中国现代民间绘画画乡”。[2][3]", "The Ministry of Culture names Qijiang a home of modern Chinese folk painting.[2][3]")),
                            (T("2008年", "2008"), 2008, T("文化部命名綦江为“中国民间文化艺术之乡”。[3]", "The Ministry of Culture names Qijiang a home of Chinese folk culture and art.[3]")),
                            (T("2011年", "2011"), 2011, T("綦江农民版画列入重庆市非物质文化遗产名录。[4]", "The prints are listed as intangible cultural heritage of Chongqing Municipality.[4]")),
                        ],
                    }),
                    ("gallery", {"title": T("示例作品", "Sample works"), "items": ["QJ-P-002", "QJ-P-003", "QJ-P-004", "QJ-P-005", "QJ-P-012"]}),
                    notes("cd2024", "ichq2018", "xinhua2019", "ichq2024"),
                ],
            },
            {
                "slug": "passing-it-on",
                "title": T("传承", "Passing it on"),
                "summary": T("版画院、学校课堂和走向海外的作品。", "The institute, school classrooms and works that travel abroad."),
                "body": [
                    ("rich_text", T.rich(
                        T("自1985年以来，綦江农民版画已在四十多个国家和地区展出；六百多件作品为中国国家博物馆和私人藏家收藏。[1][2]",
                          "Since 1985 the prints have been shown in more than forty countries and regions; more than six hundred works are held by the National Museum of China and private collectors.[1][2]"),
                        T("綦江农民版画院保存并传授这门手艺，李成芝是代表性传承人。[1]",
                          "The Qijiang Farmers' Printmaking Institute keeps and teaches the craft; Li Chengzhi is a representative inheritor.[1]"),
                    )),
                    ("heading", T("走进课堂", "Into the classroom")),
                    ("rich_text", T.rich(
                        T("綦江的学校教学生刻版画，版画已进入当地中小学课程。[3][4]",
                          "Qijiang schools teach pupils printmaking, and the prints are part of local primary and secondary curricula.[3][4]"),
                    )),
                    ("item", {"item": "QJ-P-008", "caption": ""}),
                    ("quote", {
                        "text": T("刻刀一下去，田里的事就都回来了。", "Once the knife goes in, everything from the fields comes back."),
                        "attribution": T("示例受访者（虚构）", "A sample interviewee (fictional)"),
                        "source": SAMPLE_QUOTE_SOURCE,
                    }),
                    ("media", {
                        "title": T("示例口述：学刻版画", "Sample oral history: learning to carve"),
                        "audio": "audio-1",
                        "transcript": T.rich(
                            T("（示例录音，只有几个音调，没有人声。）", "(A sample recording: a few tones, no voice.)"),
                            T("采访者：您是怎么开始刻版画的？", "Interviewer: How did you start making prints?"),
                            T("受访者（虚构）：先在纸上画稿，再反贴到木板上，一刀一刀地刻。", "Interviewee (fictional): First you draw on paper, then paste it face down on the block and carve it, cut by cut."),
                        ),
                    }),
                    ("item", {"item": "QJ-W-009", "caption": ""}),
                    notes("cd2024", "ichq2018", "xinhua2019", "pdcq2023"),
                ],
            },
        ],
    },
    {
        "slug": "dongxi",
        "title": T("盐道上的古镇：东溪", "A Town on the Salt Road: Dongxi"),
        "subtitle": T("会馆、戏台与码头（示例展览）", "Guild halls, opera stages and a wharf (sample exhibition)"),
        "hero": ("photograph", 21),
        "hero_alt": T("示例老照片：山坡上层叠的房屋、石拱桥和河流", "Sample old photograph: houses stacked on a hillside, a stone arch bridge and a river"),
        "introduction": T.rich(
            T("东溪古镇在綦江区南部，因盐、茶贸易而兴。本示例展览用程序绘制的照片和地图，走过它的会馆、戏台和街巷。",
              "Dongxi, in the south of Qijiang District, grew rich on the salt and tea trade. This sample exhibition walks through its guild halls, opera stages and streets, with photographs and maps drawn by the computer."),
        ),
        "curators": T("示例策展人", "Sample curators"),
        "venue": "",
        "chapters": [
            {
                "slug": "on-the-qi-river",
                "title": T("綦河之畔", "On the Qi River"),
                "summary": T("位置、丹溪县和镇名的由来。", "Where it lies, Danxi County and the origin of the name."),
                "body": [
                    ("rich_text", T.rich(
                        T("东溪古镇位于綦江区南部，与贵州习水县相邻。[1]", "Dongxi lies in the south of Qijiang District, bordering Xishui County in Guizhou.[1]"),
                        T("唐武德二年（619年），这里设丹溪县；镇名来自向东流入綦河的溪水。[2]", "In 619, the second year of the Tang Wude reign, a county named Danxi was set up here; the town's name comes from the streams that flow east into the Qi River.[2]"),
                        T("古镇依川黔盐道和盐、茶贸易而兴，是河港码头，也是集镇。[1]", "It prospered on the Sichuan–Guizhou salt road and the salt and tea trade, as a river wharf and a market town.[1]"),
                    )),
                    ("map", {"title": T("东溪及其周边", "Dongxi and its surroundings"), "places": ["dongxi", "gunan", "ganshui", "xishui"], "caption": MAP_CAPTION}),
                    ("item", {"item": "QJ-D-009", "caption": ""}),
                    ("item", {"item": "QJ-D-006", "caption": T("示例：码头", "Sample: the wharf")}),
                    notes("ttnews", "fx361"),
                ],
            },
            {
                "slug": "guild-halls",
                "title": T("会馆与戏台", "Guild halls and stages"),
                "summary": T("万天宫、南华宫和它们的戏台。", "Wantian Palace, Nanhua Palace and their opera stages."),
                "body": [
                    ("heading", T("万天宫", "Wantian Palace")),
                    ("rich_text", T.rich(
                        T("万天宫建于康熙二年（1663年），是四川商人的会馆，保留着古戏台和三国故事木雕。[1][2]", "Wantian Palace, built in 1663, the second year of the Kangxi reign, is the guild hall of Sichuan merchants, with an old opera stage and carved wooden reliefs of Three Kingdoms stories.[1][2]"),
                    )),
                    ("item", {"item": "QJ-D-003", "caption": ""}),
                    ("heading", T("南华宫", "Nanhua Palace")),
                    ("rich_text", T.rich(
                        T("南华宫是广东客家移民的会馆，格局与万天宫相似，戏台较小。[1][2]", "Nanhua Palace is the guild hall of Hakka settlers from Guangdong, laid out like Wantian Palace, with a smaller stage.[1][2]"),
                        T("自2018年起，修复后的南华宫为游客开设版画体验课。[3]", "Since 2018 the restored Nanhua Palace has hosted hands-on printmaking classes for visitors.[3]"),
                    )),
                    ("then_and_now", {
                        "then": ("then", 7), "now": ("now", 7),
                        "then_alt": T("示例：旧时街景，泛黄的黑白画面", "Sample: a street in the past, in faded black and white"),
                        "then_label": T("过去（示例）", "Then (sample)"),
                        "now_alt": T("示例：同一街景的彩色画面", "Sample: the same street in colour"),
                        "now_label": T("现在（示例）", "Now (sample)"),
                        "caption": T("示例图像，由程序绘制，并非真实照片。", "Sample pictures drawn by the computer, not real photographs."),
                    }),
                    ("gallery", {"title": T("会馆与街巷", "Guild halls and streets"), "items": ["QJ-D-004", "QJ-D-001", "QJ-D-007", "QJ-W-001"]}),
                    notes("ttnews", "douban", "cri2018"),
                ],
            },
            {
                "slug": "street-memories",
                "title": T("街巷记忆", "Memories of the streets"),
                "summary": T("太平桥、黄葛树、龙华寺和麻乡约民信局。", "Taiping Bridge, the huangjue trees, Longhua Temple and the Maxiangyue letter office."),
                "body": [
                    ("rich_text", T.rich(
                        T("介绍东溪的资料还提到清代的太平桥和桥边的老黄葛树、龙华寺，以及麻乡约民信局。[1][2]", "Sources on Dongxi also name the Qing-dynasty Taiping Bridge beside old huangjue fig trees, Longhua Temple and the Maxiangyue private letter office.[1][2]"),
                    )),
                    ("item", {"item": "QJ-D-002", "caption": ""}),
                    ("quote", {
                        "text": T("桥还是那座桥，树比我小时候更大了。", "The bridge is the same bridge; the trees are bigger than when I was small."),
                        "attribution": T("示例受访者（虚构）", "A sample interviewee (fictional)"),
                        "source": SAMPLE_QUOTE_SOURCE,
                    }),
                    ("media", {
                        "title": T("示例口述：老街的声音", "Sample oral history: sounds of the old street"),
                        "audio": "audio-2",
                        "transcript": T.rich(
                            T("（示例录音，只有几个音调，没有人声。）", "(A sample recording: a few tones, no voice.)"),
                            T("受访者（虚构）：早上最先听到的是码头上的号子。", "Interviewee (fictional): The first thing you heard in the morning was the work songs at the wharf."),
                        ),
                    }),
                    ("item", {"item": "QJ-D-012", "caption": ""}),
                    notes("ttnews", "fx361"),
                ],
            },
        ],
    },
]

CONTENT_PAGES = [
    ("about", T("关于本站", "About"), T("綦江记忆是区图书馆地方文献的线上家园。", "Qijiang Memory is the online home of the district library's local-history collection."),
     [T("图书馆把馆藏的照片、农民版画、手稿、地图、报纸和口述历史数字化，编成展览和故事，供公众浏览、检索和引用。", "The library digitizes its photographs, farmers' prints, manuscripts, maps, newspapers and oral histories, and turns them into exhibitions and stories that everyone can browse, search and cite."),
      T("本站目前展示的是示例内容：图像由程序绘制，条目为演示而设。", "The site currently shows sample content: the pictures are drawn by the computer and the items are demonstrations.")]),
    ("visit", T("到馆参观", "Visit"), T("到馆阅览地方文献原件。", "See the originals in the reading room."),
     [T("开放时间和地址以图书馆公告为准（示例）。", "Opening hours and address as announced by the library (sample).")]),
    ("contact", T("联系我们", "Contact"), T("对藏品有疑问或线索，欢迎告诉我们。", "Questions about an item, or something to add? Tell us."),
     [T("请通过页脚的电话或电子邮件联系地方文献部（示例）。", "Reach the local-history department by the telephone or email in the footer (sample).")]),
    ("privacy", T("隐私政策", "Privacy"), T("本站不使用第三方统计或广告脚本。", "This site uses no third-party analytics or advertising scripts."),
     [T("本站只在您选择语言时保存一个语言偏好的 Cookie。", "The site stores one cookie, for your language preference, and only when you choose a language.")]),
    ("accessibility", T("无障碍声明", "Accessibility statement"), T("我们以 WCAG 2.1 AA 为目标。", "We aim for WCAG 2.1 AA."),
     [T("每张图片都有替代文字，录音配有文字稿，全站可用键盘操作。如遇障碍，请联系我们。", "Every image has alt text, recordings have transcripts, and the whole site works with a keyboard. If something stands in your way, please tell us.")]),
]
