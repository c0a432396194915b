import type { Ref } from 'preact';

export interface ErrorLink {
	target: string;
	message: string;
}

interface Props {
	title: string;
	errors: ErrorLink[];
	summaryRef: Ref<HTMLDivElement>;
}

/** GOV.UK-style: takes focus on submit, each message links to its field. */
export function ErrorSummary({ title, errors, summaryRef }: Props) {
	if (errors.length === 0) return null;
	return (
		<div class="error-summary" role="alert" tabIndex={-1} ref={summaryRef} aria-labelledby="error-summary-title">
			<h2 id="error-summary-title">{title}</h2>
			<ul>
				{errors.map((e) => (
					<li key={e.target}>
						<a
							href={`#${e.target}`}
							onClick={(event) => {
								event.preventDefault();
								document.getElementById(e.target)?.focus();
							}}
						>
							{e.message}
						</a>
					</li>
				))}
			</ul>
		</div>
	);
}
