"""Where statements are posted: social networks and messaging apps, and their posts; the words
that describe a news outlet and end its name."""

from __future__ import annotations

# social networks and messaging apps: where a statement is posted, not who makes it
PLATFORMS = frozenset("telegram facebook twitter x instagram youtube tiktok whatsapp wechat "
                      "weibo vkontakte vk threads bluesky signal".split())

# what is posted on them: "in a Facebook post", "on its Telegram channel"
POST_NOUNS = frozenset("post posts channel channels page account accounts video videos message "
                       "messages statement feed group livestream broadcast".split())

# how a statement is made: "in a statement", "in an interview", "on Telegram"
CHANNELS = frozenset("statement statements email e-mail emails message messages video videos "
                     "post posts tweet tweets interview interviews broadcast letter communique "
                     "release twitter facebook telegram phone call website".split())

# nouns that describe a news outlet named beside them: "the daily X", "the broadcaster X said"
OUTLET_NOUNS = frozenset("newspaper daily weekly paper tabloid broadcaster station radio "
                         "channel website site outlet magazine agency".split())

# last words of newspapers' names, by which the paper is named again: "the Star" after
# "the Highlands Star", "the Times" after "the Sunday Times"
MASTHEAD_WORDS = frozenset("post times star journal herald tribune gazette chronicle observer "
                           "guardian telegraph standard nation courier mirror sun express "
                           "independent record globe mail inquirer examiner bulletin "
                           "dispatch".split())

# the buttons of a page's share bar, beside the networks' names
SHARE_WORDS = frozenset("share email e-mail messenger copy link print pinterest linkedin reddit "
                        "flipboard".split())

# a web page's menu and section labels, scraped along with the story: "Videos Sport Business";
# the first set never opens a body's name, the second may ("World Bank", "Home Office")
SECTION_LABELS = frozenset("videos weather advertisement related topics alerts subscribe "
                           "newsletter newsletters podcasts gallery".split())
MENU_WORDS = SECTION_LABELS | frozenset("home news sport sports business world opinion culture "
                                        "travel live latest more share print listen watch "
                                        "comments photos menu search".split())
