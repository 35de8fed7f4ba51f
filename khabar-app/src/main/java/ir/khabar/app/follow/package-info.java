/**
 * Follows: saved searches whose new articles go to a webhook (signed JSON) or an e-mail address
 * (double opt-in, one-click unsubscribe), found and sent by one scheduler thread of the server.
 */
package ir.khabar.app.follow;
