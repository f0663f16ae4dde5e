/** Bean Validation constraints for Chinese identifiers and cross-field checks, and field labels. */
@Export
@Version("1.2.0")
package org.hezuo.api.constraints;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
