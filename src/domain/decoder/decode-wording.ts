/**
 * How the English wording the decoder recognises reads on screen, for the page's table (build
 * time only, so it does not weigh on the decoder's script). Keys: `<kind>.<phrase id>`.
 */
export const wording: Readonly<Record<string, string>> = {
	'app.banned': 'This account is not allowed to use WhatsApp',
	'app.restricted-now': 'Your account is restricted right now',
	'app.restricted-soon': 'Your account may be restricted soon',
	'app.commerce': 'buying, selling, or promoting the exchange of …',
	'code.463': 'NackCallerReachoutTimelocked',
	'code.368': 'Temporarily blocked for policies violations',
	'code.131031': 'Account has been locked / Business Account locked',
	'code.130497': 'Business account is restricted from messaging users in this country',
	'code.131048': 'Spam rate limit hit',
	'code.131049': '… healthy ecosystem engagement',
	'code.131042': 'Business eligibility payment issue',
	'code.131056': '(Business Account, Consumer Account) pair rate limit hit',
	'code.131050': '… stop receiving marketing messages …',
	'code.139000': 'Flow blocked by integrity',
	'notice.account-disabled': 'Account disabled',
	'notice.assets-restricted': 'Assets restricted',
};
