/**
 * Which writing system a piece of typed text is in, to warn before copying when what the visitor
 * typed does not match the appeal's language (Chinese typed into an English appeal, Traditional
 * characters into a Simplified one). Scripts are ISO 15924 codes, as in content/locales.json.
 *
 * A Chinese character counts as one unit, as does a word in any other script, so "用 WhatsApp
 * 发送" is Chinese and "orders for 港灣 customers" is Latin.
 */

/** Common characters written differently in Simplified and Traditional Chinese (same order in both). */
const simplifiedOnly = '们这个为说时会对来过还发经关开问题动务产业订单购买卖户号码网络电话邮门货价钱银账讯认证审请诉应该让给从样种类东车长间后无与并现实将进处义头气图书学国体简准确报销营运输币药医烟复杂杀险爱质态达边选择饮记录';
const traditionalOnly = '們這個為說時會對來過還發經關開問題動務產業訂單購買賣戶號碼網絡電話郵門貨價錢銀賬訊認證審請訴應該讓給從樣種類東車長間後無與並現實將進處義頭氣圖書學國體簡準確報銷營運輸幣藥醫菸複雜殺險愛質態達邊選擇飲記錄';

type Unit = 'Latn' | 'Hans' | 'Hant' | 'Han' | 'other';

function unitsOf(text: string): Unit[] {
	const units: Unit[] = [];
	for (const [token] of text.matchAll(/\p{Script=Han}|\p{L}+/gu)) {
		if (/\p{Script=Han}/u.test(token)) units.push(simplifiedOnly.includes(token) ? 'Hans' : traditionalOnly.includes(token) ? 'Hant' : 'Han');
		else units.push(/^\p{Script=Latin}+$/u.test(token) ? 'Latn' : 'other');
	}
	return units;
}

/**
 * Whether the text is mostly in another script than `script`. For Chinese, Simplified and
 * Traditional are told apart by the characters that differ; the many they share count for both.
 */
export function inOtherScript(text: string, script: string): boolean {
	const units = unitsOf(text);
	const count = (...kinds: Unit[]) => units.filter((u) => kinds.includes(u)).length;
	if (script === 'Hans' || script === 'Hant') {
		const other = script === 'Hans' ? 'Hant' : 'Hans';
		const chinese = count('Han', 'Hans', 'Hant');
		const foreign = count('Latn', 'other');
		if (foreign > chinese) return true;
		return count(other) >= 2 && count(other) > count(script);
	}
	const own = script === 'Latn' ? count('Latn') : 0;
	return units.length - own > own;
}

/**
 * The first line of typed text that is in another script than the appeal's: from the typed
 * answers, and from lines the visitor added to the text by editing it.
 */
export function otherScriptSample(typed: readonly string[], edited: { generated: string; text: string } | undefined, script: string): string | undefined {
	const generatedLines = new Set(edited?.generated.split('\n') ?? []);
	const added = edited ? edited.text.split('\n').filter((line) => !generatedLines.has(line)) : [];
	const lines = [...typed, ...added].flatMap((t) => t.split('\n')).map((l) => l.trim());
	return lines.find((line) => line !== '' && inOtherScript(line, script));
}
