/**
 * REST plumbing: the JAX-RS application under {@code /api/v1} (HTTP Basic, same security domain and
 * roles as the screens) and problem-details error answers.
 */
package org.hpms.shared.rest;
