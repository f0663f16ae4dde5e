/** Hezuo service interfaces: evaluate cases against the policy and validate them. */
@Export
@Version("1.0.0")
package org.hezuo.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
