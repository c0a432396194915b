import type { Reporter, TestModule } from 'vitest/node';

/** Ends each run with one plain "<name>: N passed, N failed, N skipped" line that CI logs can read. */
export default class SummaryReporter implements Reporter {
	onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
		const counts = { passed: 0, failed: 0, skipped: 0 };
		for (const module of testModules) {
			for (const test of module.children.allTests()) {
				const state = test.result().state;
				if (state === 'passed') counts.passed++;
				else if (state === 'failed') counts.failed++;
				else counts.skipped++;
			}
		}
		// A file that fails before its tests run (an import or a throw at collection) counts as failed too.
		const brokenFiles = testModules.filter((m) => m.state() === 'failed' && !m.children.allTests().some((t) => t.result().state === 'failed')).length;
		const project = testModules[0]?.project.name ?? 'tests';
		console.log(`\n${project}: ${counts.passed} passed, ${counts.failed + brokenFiles} failed, ${counts.skipped} skipped`);
	}
}
