import Link from "next/link";

/** "Newest" and "Older" links of a keyset-paged list; nothing when there is only one page. */
export function KeysetPager({
  firstHref,
  nextHref,
  firstLabel,
  nextLabel,
}: {
  firstHref: string | null;
  nextHref: string | null;
  firstLabel: string;
  nextLabel: string;
}) {
  if (!firstHref && !nextHref) return null;
  return (
    <nav className="flex justify-between gap-3 text-sm">
      {firstHref ? (
        <Link href={firstHref} className="text-link hover:underline">
          {firstLabel}
        </Link>
      ) : (
        <span />
      )}
      {nextHref ? (
        <Link href={nextHref} className="text-link hover:underline">
          {nextLabel}
        </Link>
      ) : null}
    </nav>
  );
}
