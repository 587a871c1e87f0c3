/** The "Customer" label of a lead or deal whose visitor already buys from Copperline. */
export const CUSTOMER_HINT = 'Already buys from Copperline: account management follows up';

/** A visible badge for an existing customer; nothing for a prospect (or an older record). */
export function CustomerBadge({ customer }: { customer?: boolean | null }) {
  if (!customer) return null;
  return <span className="badge customer" title={CUSTOMER_HINT}>Customer</span>;
}
