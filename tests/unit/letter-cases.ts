import type { Answers } from '../../src/domain/flow/flow';
import { completeAnswers } from './fixtures';

/**
 * Three owners per language, with what they typed in that language: a shop sending too many
 * promotions with a disable date set, a health-food brand Meta placed among medical and healthcare
 * products, and an exporter who messaged an imported list. Read by the before/after comparison of
 * issue #23 and by the tests that the short text keeps every fact.
 */
export const letterCases: Record<string, { name: string; answers: Answers }[]> = {
	en: [
		{
			name: 'promotions, disable date set',
			answers: completeAnswers('promotional-volume', {
				disableDate: '9 January 2027', noticeDate: '12 December 2026',
				use: 'We send order updates and weekly offers to customers who bought from us.',
				optIn: ['checkout-checkbox'], optInOther: 'I also ask walk-in customers at the counter.',
				wentWrong: ['sent-too-often'], wentWrongOther: 'We sent the same offer three times in one week.',
				actions: ['frequency-reduced', 'opt-out-explained'], actionsOther: 'Offers now go out at most once a fortnight.',
			}),
		},
		{
			name: 'health food placed among medical products',
			answers: completeAnswers('restricted-industry', {
				industry: 'medical-healthcare', 'industry-case': 'misclassified', policy: 'business-messaging-policy',
				sells: 'a health food brand selling herbal teas and vitamin gummies; no medicines',
				use: 'order confirmations and delivery updates',
				actions: ['profile-updated'], actionsOther: 'Our catalogue now says that none of our products is a medicine.',
			}),
		},
		{
			name: 'exporter who messaged an imported list',
			answers: completeAnswers('unsolicited-messages', {
				sells: 'Bluetooth earphones, exported to wholesalers in Southeast Asia',
				use: 'quotes and shipping updates to wholesale buyers',
				optIn: ['trade-fair-enquiry'],
				wentWrong: ['imported-contacts'],
				actions: ['purchased-lists-deleted', 'opt-in-only'],
			}),
		},
	],
	'zh-cn': [
		{
			name: '促销过多，已定停用日期',
			answers: completeAnswers('promotional-volume', {
				disableDate: '2027年1月9日', noticeDate: '2026年12月12日',
				sells: '上环的茶馆，出售茶叶、糕点和礼盒',
				use: '我们给下过单的客户发送订单通知和每周优惠。',
				optIn: ['checkout-checkbox'], optInOther: '门店客户在收银台当面同意。',
				wentWrong: ['sent-too-often'], wentWrongOther: '同一条优惠一周内发了三次。',
				actions: ['frequency-reduced', 'opt-out-explained'], actionsOther: '优惠消息现在最多两周发一次。',
			}),
		},
		{
			name: '保健食品被归入医疗和保健产品',
			answers: completeAnswers('restricted-industry', {
				industry: 'medical-healthcare', 'industry-case': 'misclassified', policy: 'business-messaging-policy',
				sells: '保健食品品牌，销售草本茶和维生素软糖，不卖任何药品',
				use: '订单确认和物流通知',
				actions: ['profile-updated'], actionsOther: '商品目录已注明所有商品均非药品。',
			}),
		},
		{
			name: '出口商向导入的名单发了消息',
			answers: completeAnswers('unsolicited-messages', {
				sells: '在深圳做蓝牙耳机出口，主要卖给东南亚的批发商',
				use: '给批发客户发送报价和发货通知',
				optIn: ['trade-fair-enquiry'],
				wentWrong: ['imported-contacts'],
				actions: ['purchased-lists-deleted', 'opt-in-only'],
			}),
		},
	],
	'zh-tw': [
		{
			name: '促銷過多，已排定停用日期',
			answers: completeAnswers('promotional-volume', {
				disableDate: '2027年1月9日', noticeDate: '2026年12月12日',
				sells: '上環的茶館，販售茶葉、糕點和禮盒',
				use: '我們傳送訂單通知和每週優惠給買過東西的客人。',
				optIn: ['checkout-checkbox'], optInOther: '門市客人在櫃台當面同意。',
				wentWrong: ['sent-too-often'], wentWrongOther: '同一則優惠一週內傳了三次。',
				actions: ['frequency-reduced', 'opt-out-explained'], actionsOther: '優惠訊息現在最多兩週傳一次。',
			}),
		},
		{
			name: '保健食品被歸入醫療與保健產品',
			answers: completeAnswers('restricted-industry', {
				industry: 'medical-healthcare', 'industry-case': 'misclassified', policy: 'business-messaging-policy',
				sells: '保健食品品牌，販售草本茶和維生素軟糖，不賣任何藥品',
				use: '訂單確認和出貨通知',
				actions: ['profile-updated'], actionsOther: '商品目錄已註明所有商品都不是藥品。',
			}),
		},
		{
			name: '出口商傳訊息給匯入的名單',
			answers: completeAnswers('unsolicited-messages', {
				sells: '台中的藍牙耳機出口商，主要賣給東南亞的批發商',
				use: '傳送報價和出貨通知給批發客戶',
				optIn: ['trade-fair-enquiry'],
				wentWrong: ['imported-contacts'],
				actions: ['purchased-lists-deleted', 'opt-in-only'],
			}),
		},
	],
};
