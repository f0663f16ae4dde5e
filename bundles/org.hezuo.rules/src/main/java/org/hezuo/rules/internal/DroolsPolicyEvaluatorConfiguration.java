package org.hezuo.rules.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(
    name = "Hezuo 政策规则库 / policy rule base",
    description = "从规则目录读取规则包，编译、运行场景测试后启用。Reads the rule packs from a directory, "
        + "compiles them and runs their scenario tests before putting them in force.")
@interface DroolsPolicyEvaluatorConfiguration {
  @AttributeDefinition(
      name = "规则目录 / rules directory",
      description = "规则包所在目录（每个子目录一个规则包）。留空时使用框架属性 hezuo.rules.dir，再无则为工作目录下的 rules。"
          + " The directory of the rule packs; empty means the framework property hezuo.rules.dir, else ./rules.")
  String rulesDirectory() default "";

  @AttributeDefinition(
      name = "检查间隔（毫秒）/ poll interval (ms)",
      description = "多久检查一次规则目录的变化；文件保存后要在一次检查中保持不变才会启用。0 表示不自动重新加载。"
          + " How often to look for changed rule files; a change is activated once it has stayed still for one poll. 0 turns hot reload off.")
  long pollMillis() default 250;

  @AttributeDefinition(
      name = "版本保存目录 / version store",
      description = "保存启用过的规则版本源文件和启用记录的目录，用于重启后回滚。留空时使用框架属性 hezuo.state.dir，再无则为 var/rules-history。"
          + " Where the sources of activated versions and the activation log are kept, for rollback after a restart.")
  String stateDirectory() default "";

  @AttributeDefinition(
      name = "保留版本数 / versions kept",
      description = "保留最近多少个启用过的版本的源文件。 How many activated versions to keep.")
  int keepVersions() default 20;

  @AttributeDefinition(
      name = "后台启用 / background start",
      description = "启动时先注册服务、在后台编译和测试规则（控制台立即可用，规则生效前评估会提示“规则尚未启用”）。"
          + "也可用框架属性 hezuo.rules.background=true 打开。 Register at once and activate the rules in the background at start.")
  boolean backgroundStart() default false;
}
