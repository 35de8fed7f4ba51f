/**
 * What the jte templates show, as small values, and the Persian formatting they use. May import
 * ir.khabar.core.
 */
package ir.khabar.app.web.view;
