"""Where statements are posted: social networks and messaging apps, and their posts."""

from __future__ import annotations

# social networks and messaging apps: where a statement is posted, not who makes it
PLATFORMS = frozenset("telegram facebook twitter x instagram youtube tiktok whatsapp wechat "
                      "weibo vkontakte vk threads bluesky signal".split())

POST_NOUNS = frozenset("post posts channel channels page account accounts video videos message "
                       "messages statement feed group livestream broadcast".split())
