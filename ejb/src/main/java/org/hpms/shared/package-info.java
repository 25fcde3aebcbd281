/**
 * Plumbing every feature uses: configuration, PHI encryption and blind indexes ({@code crypto}),
 * entity audit columns ({@code persistence}) and the start-up sequence that migrates the schema
 * before anything else runs ({@code startup}).
 */
package org.hpms.shared;
