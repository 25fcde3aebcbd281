/** Rules for files people upload (documents, photos): what they really are, independent of their names. */
package org.hpms.shared.files;
