/**
 * Every word the interface shows, and the date format, in one place: wording changes here
 * and nowhere else. Content (titles, body text, ad copy) lives in `content/`, not here.
 */
export const STRINGS = {
	home: '首页',
	skipToContent: '跳到正文',
	mainNav: '主导航',
	latest: '最新文章',
	leadStory: '头条',
	allSeries: '系列报道',
	sections: '栏目',
	source: '来源',
	editor: '责任编辑',
	authors: '作者',
	updated: '更新于',
	readingTime: (minutes: number) => `阅读约 ${minutes} 分钟`,
	installments: (count: number) => `共 ${count} 篇`,
	seriesNav: '本系列文章',
	currentInstallment: '当前文章',
	previous: '上一篇',
	next: '下一篇',
	kickerSeparator: ' · ',
	/** Between page title and site name in the browser tab. */
	titleSeparator: ' - ',
	promoPageTitle: (title: string) => `${title}（广告）`,
	qrOpenOnPhone: '在手机上？点此直接打开',
	promoLink: '了解详情',
	wechatSameNumber: '微信同号',
	inSection: (name: string) => `${name}栏目`,
	articlesInSection: (count: number) => `共 ${count} 篇文章`,
	notFoundTitle: '页面未找到',
	notFoundBody: '您要找的页面不存在，可能已被移动或删除。',
	notFoundBack: '返回首页',
	copyright: (year: number, name: string) => `© ${year} ${name}`,
	footerNote: '本站内容未经授权不得转载。',
	openParen: '（',
	closeParen: '）',
	colon: '：',
	listSeparator: '、',
	quoteAttribution: (who: string) => `—— ${who}`,
} as const;

/** 2019年7月1日: the house date format, in Beijing time. */
export function formatDateParts(year: number, month: number, day: number): string {
	return `${year}年${month}月${day}日`;
}
