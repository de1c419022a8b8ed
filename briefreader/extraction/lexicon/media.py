"""Where statements are posted: social networks and messaging apps, and their posts."""

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
