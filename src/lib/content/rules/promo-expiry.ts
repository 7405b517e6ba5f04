/** An ad that has ended, or ends within EXPIRY_NOTICE_DAYS, is named at its validThrough (a warning). */
import { promoStatus } from '../promo-dates';
import { entriesOf, type GateContext } from './context';

/** Days ahead in which an ad's end is worth a warning. */
export const EXPIRY_NOTICE_DAYS = 14;

export function promoExpiryRule(context: GateContext): void {
	for (const entry of entriesOf(context, 'promo')) {
		const data = context.parsed.get(entry.path) as { validFrom?: Date; validThrough?: Date } | undefined;
		if (!data) continue;
		const warn = (problem: string, suggestion: string) =>
			context.report.field(entry.path, ['validThrough'], problem, suggestion, 'warning');
		if (promoStatus(data, context.now) === 'expired') warn('广告已过期，不会再显示', '续期就改 validThrough，不再投放可删除此文件');
		else if (data.validThrough && data.validThrough.getTime() - context.now.getTime() < EXPIRY_NOTICE_DAYS * 86_400_000)
			warn(`广告将在 ${EXPIRY_NOTICE_DAYS} 天内到期`, '需要续期的话请改 validThrough');
	}
}
