/** Administration of the rule base: status, activation, rollback, versions, refusals, scenarios. */
@Export
@Version("1.2.0")
package org.hezuo.api.admin;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
