/**
 * Makes every table region that scrolls sideways reachable by keyboard: a region that overflows gets
 * tabindex 0, role "region" and the name of its table (its caption), so keyboard users can scroll it
 * with the arrow keys and screen readers announce what it holds (WCAG 2.1.1; axe
 * "scrollable-region-focusable"). One action on <main> covers every page's `.atlas-table-wrap`, and it
 * re-checks when the page's content or the window's width changes. Regions that fit are left alone,
 * so they add no tab stop.
 */
const SELECTOR = '.atlas-table-wrap';
const MARK = 'data-scroll-region';

function label(region: HTMLElement): string | null {
	const caption = region.querySelector('caption')?.textContent?.trim();
	return caption || region.getAttribute('aria-label');
}

function update(region: HTMLElement) {
	const overflows = region.scrollWidth > region.clientWidth + 1;
	const marked = region.hasAttribute(MARK);
	if (overflows && !marked && !region.hasAttribute('tabindex')) {
		region.setAttribute(MARK, '');
		region.setAttribute('tabindex', '0');
		region.setAttribute('role', 'region');
		const name = label(region);
		if (name && !region.hasAttribute('aria-label')) region.setAttribute('aria-label', name);
	} else if (!overflows && marked) {
		for (const attribute of [MARK, 'tabindex', 'role', 'aria-label']) region.removeAttribute(attribute);
	}
}

export function scrollRegions(node: HTMLElement) {
	let frame = 0;
	const scan = () => {
		cancelAnimationFrame(frame);
		frame = requestAnimationFrame(() => node.querySelectorAll<HTMLElement>(SELECTOR).forEach(update));
	};
	const observer = new MutationObserver(scan);
	observer.observe(node, { childList: true, subtree: true });
	window.addEventListener('resize', scan);
	scan();
	return {
		destroy() {
			cancelAnimationFrame(frame);
			observer.disconnect();
			window.removeEventListener('resize', scan);
		}
	};
}
