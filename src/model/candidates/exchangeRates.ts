/**
 * US dollars per unit of each catalogue currency: 2024 annual averages of the ECB euro foreign-exchange
 * reference rates (1 EUR = 1.0824 USD = 0.84662 GBP = 1.6397 AUD), crossed through the euro. The scenario
 * model's defaults are in USD, so catalogue prices are converted once, here.
 */
export const USD_PER_CURRENCY_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.0824,
  GBP: 1.0824 / 0.84662,
  AUD: 1.0824 / 1.6397
};

export const EXCHANGE_RATE_CITATION =
  "European Central Bank, euro foreign exchange reference rates, 2024 annual averages: 1 EUR = 1.0824 USD = 0.84662 GBP = 1.6397 AUD (other currencies crossed through the euro).";

/**
 * Converts an amount to US dollars at the rates of `USD_PER_CURRENCY_UNIT`.
 *
 * @param amount amount in `currency`
 * @param currency ISO 4217 code
 * @returns the amount in USD
 * @throws {RangeError} for a currency without a rate, naming it and the known ones
 * @example toUsd(100, "EUR"); // => 108.24
 */
export function toUsd(amount: number, currency: string): number {
  const rate = USD_PER_CURRENCY_UNIT[currency];
  if (rate === undefined) {
    throw new RangeError(`toUsd: no exchange rate for currency "${currency}"; expected one of ${Object.keys(USD_PER_CURRENCY_UNIT).join(", ")}`);
  }
  return amount * rate;
}
