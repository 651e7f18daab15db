"""About, Visit, Contact, Privacy and the accessibility statement (sample texts)."""

from ..texts import T

CONTENT_PAGES = [
    (
        "about",
        T("关于本站", "About"),
        T(
            "綦江记忆是区图书馆地方文献的线上家园。",
            "Qijiang Memory is the online home of the district library's local-history collection.",
        ),
        [
            T(
                "图书馆把馆藏的照片、农民版画、手稿、地图、报纸和口述历史数字化，编成展览和故事，供公众浏览、检索和引用。",
                "The library digitizes its photographs, farmers' prints, manuscripts, maps, newspapers and oral histories, and turns them into exhibitions and stories that everyone can browse, search and cite.",
            ),
            T(
                "本站目前展示的是示例内容：图像由程序绘制，条目为演示而设。",
                "The site currently shows sample content: the pictures are drawn by the computer and the items are demonstrations.",
            ),
        ],
    ),
    (
        "visit",
        T("到馆参观", "Visit"),
        T("到馆阅览地方文献原件。", "See the originals in the reading room."),
        [
            T(
                "开放时间和地址以图书馆公告为准（示例）。",
                "Opening hours and address as announced by the library (sample).",
            )
        ],
    ),
    (
        "contact",
        T("联系我们", "Contact"),
        T(
            "对藏品有疑问或线索，欢迎告诉我们。",
            "Questions about an item, or something to add? Tell us.",
        ),
        [
            T(
                "请通过页脚的电话或电子邮件联系地方文献部（示例）。",
                "Reach the local-history department by the telephone or email in the footer (sample).",
            )
        ],
    ),
    (
        "privacy",
        T("隐私政策", "Privacy"),
        T(
            "本站不使用第三方统计或广告脚本。",
            "This site uses no third-party analytics or advertising scripts.",
        ),
        [
            T(
                "本站不为读者设置 Cookie；只有馆员登录管理后台时才使用会话 Cookie（示例政策）。",
                "The site sets no cookies for readers; only staff who sign in to the admin get a session cookie (sample policy).",
            )
        ],
    ),
    (
        "accessibility",
        T("无障碍声明", "Accessibility statement"),
        T("我们以 WCAG 2.1 AA 为目标。", "We aim for WCAG 2.1 AA."),
        [
            T(
                "每张图片都有替代文字，录音配有文字稿，全站可用键盘操作。如遇障碍，请联系我们。",
                "Every image has alt text, recordings have transcripts, and the whole site works with a keyboard. If something stands in your way, please tell us.",
            )
        ],
    ),
]
