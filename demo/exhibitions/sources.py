"""Sources the sample exhibitions cite, and captions they share.

Historical statements in the exhibitions come from ../shared/content/qijiang-facts.md, and each
chapter cites its sources in a footnotes block. Quotes and recordings are fictional samples and
say so."""

from ..texts import T

SRC = {
    "pd2016": (
        T("《人民日报海外版》，2016年5月30日。", "People's Daily overseas edition, 30 May 2016."),
        "http://paper.people.com.cn/rmrbhwb/html/2016-05/30/content_1683375.htm",
    ),
    "cd2024": (
        T(
            "China Daily，2024年8月15日（经 The Independent 转载）。",
            "China Daily, 15 August 2024 (republished by The Independent).",
        ),
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
        T(
            "人民网重庆频道，2023年9月8日。",
            "People's Daily Online, Chongqing edition, 8 September 2023.",
        ),
        "",
    ),
    "ttnews": (
        T("ttnews 东溪古镇介绍页。", "ttnews page on Dongxi ancient town."),
        "https://ttnews.xyz/a/5e8623b2dc9b5e1b190e5cec?lang=zh-hant",
    ),
    "fx361": (
        T("fx361，2018年3月27日。", "fx361, 27 March 2018."),
        "https://m.fx361.cc/news/2018/0327/11383192.html",
    ),
    "douban": (
        T("豆瓣笔记《东溪》。", "Douban note on Dongxi."),
        "https://douban.com/note/153666965/",
    ),
    "cri2018": (
        T(
            "国际在线重庆频道，2018年6月25日。",
            "China Radio International, Chongqing, 25 June 2018.",
        ),
        "https://big5.cri.cn/gate/big5/cq.cri.cn/2018-06-25/740ccb08-de9b-b2a6-7716-b598d9cf6bab.html",
    ),
}


def notes(*keys):
    return ("footnotes", {"notes": [SRC[k] for k in keys]})


MAP_CAPTION = T(
    "坐标为近似位置（WGS-84），仅作示意。",
    "Coordinates are approximate (WGS-84), for illustration only.",
)
SAMPLE_QUOTE_SOURCE = T("示例口述录音（虚构）", "Sample oral-history recording (fictional)")
