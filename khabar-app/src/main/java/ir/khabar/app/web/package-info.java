/**
 * The web site and its JSON API on Javalin: routes, their handlers and the admin's pages. May
 * import ir.khabar.core and ir.khabar.app.store.
 */
package ir.khabar.app.web;
