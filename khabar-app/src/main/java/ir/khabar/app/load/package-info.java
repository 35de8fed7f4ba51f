/**
 * Load tests of the web site on loopback (./khabar bench --web). May import ir.khabar.app.web and
 * ir.khabar.app.store.
 */
package ir.khabar.app.load;
