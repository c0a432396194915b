import { describe, expect, it } from 'vitest';
import { inOtherScript, otherScriptSample } from '../../src/domain/text/script';

describe('typed text in another script than the appeal', () => {
	it.each([
		['訂單通知與訂位提醒', 'Latn', true],
		['order updates for 港灣 customers', 'Latn', false],
		['order updates and table bookings', 'Latn', false],
		['Заказы и доставка', 'Latn', true],
		['order updates and reminders', 'Hans', true],
		['我们用 WhatsApp 发送订单通知', 'Hans', false],
		['我們用 WhatsApp 傳送訂單通知', 'Hans', true],
		['我們用 WhatsApp 傳送訂單通知', 'Hant', false],
		['我们用 WhatsApp 发送订单通知', 'Hant', true],
		['茶', 'Hans', false],
		['+85291234567', 'Hans', false],
	])('%s in a %s appeal: %s', (text, script, expected) => {
		expect(inOtherScript(text, script)).toBe(expected);
	});

	it('finds the first such line, in the answers or in lines the visitor added by editing', () => {
		expect(otherScriptSample(['order updates', '訂單通知\nsecond line'], undefined, 'Latn')).toBe('訂單通知');
		expect(otherScriptSample(['order updates'], undefined, 'Latn')).toBeUndefined();
		const generated = 'Dear team,\nWe use WhatsApp for: orders';
		expect(otherScriptSample([], { generated, text: `${generated}\n另外，我們已經停止群發。` }, 'Latn')).toBe('另外，我們已經停止群發。');
		expect(otherScriptSample([], { generated, text: `${generated}\nThanks again.` }, 'Latn')).toBeUndefined();
	});
});
