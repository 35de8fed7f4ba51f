/**
 * Test support shared by every module: where ../shared is, and skipping or failing (under
 * KHABAR_REQUIRE_ALL=1) when a part is missing. Imports nothing of Khabar.
 */
package ir.khabar.testing;
