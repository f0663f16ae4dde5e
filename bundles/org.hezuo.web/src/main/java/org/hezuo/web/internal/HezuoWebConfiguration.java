package org.hezuo.web.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration of the Hezuo web API and console (PID {@code org.hezuo.web}). */
@ObjectClassDefinition(
    name = "Hezuo 合作 Web 接口与控制台 / web API and console",
    description =
        "REST 接口（/hezuo/api）与中文网页控制台（/hezuo/console/）。OA 平台负责登录认证，"
            + "Hezuo 只根据身份决定角色：办事员可审查案件、生成文书；政策管理员另可查看和启用规则。"
            + " The REST API and the Chinese web console. The OA platform authenticates; Hezuo maps the"
            + " identity to a role: clerks check cases and generate documents, policy staff also see and"
            + " activate the rules.")
@interface HezuoWebConfiguration {

  @AttributeDefinition(
      name = "身份请求头 / identity header",
      description =
          "OA 平台（或其前置代理）写入已登录用户名的 HTTP 请求头，例如 X-Hezuo-User。"
              + "只有在代理会删除客户端自带的同名请求头时才可使用。留空则使用下面的演示用户（HTTP Basic 登录），仅供演示。"
              + " The HTTP header in which the OA (or its front proxy) puts the authenticated user name. Use it"
              + " only when the proxy strips that header from client requests. Empty: the demo users below"
              + " (HTTP Basic), for demonstrations only.")
  String identity_header() default "X-Hezuo-User";

  @AttributeDefinition(
      name = "角色请求头 / role header",
      description =
          "OA 写入用户角色的请求头（值为 clerk/办事员 或 policy/政策管理员）。留空则只按“用户角色对照”决定角色。"
              + " The header in which the OA puts the user's role (clerk or policy). Empty: roles come from"
              + " the role map only.")
  String role_header() default "X-Hezuo-Role";

  @AttributeDefinition(
      name = "用户角色对照 / role map",
      description = "每行一项：用户名=角色，例如 zhangsan=policy。优先于角色请求头。"
          + " One entry per line, user=role (e.g. zhangsan=policy); takes precedence over the role header.")
  String[] role_map() default {};

  @AttributeDefinition(
      name = "默认角色 / default role",
      description = "已登录但既无角色请求头也不在对照表中的用户的角色：clerk（办事员）、policy，或 none（拒绝访问）。"
          + " Role of an authenticated user with neither a role header nor a role map entry: clerk,"
          + " policy, or none (access refused).")
  String default_role() default "clerk";

  @AttributeDefinition(
      name = "演示用户 / demo users",
      description =
          "身份请求头留空时使用的演示用户，每行一项：用户名:密码:角色，例如 clerk:clerk123:clerk。"
              + "生产环境请留空并由 OA 提供身份。"
              + " Demo users for HTTP Basic login when the identity header is empty, one per line as"
              + " user:password:role. Leave empty in production: the OA provides the identity.")
  String[] demo_users() default {};

  @AttributeDefinition(
      name = "请求体上限（字节）/ request body limit (bytes)",
      description = "超过此大小的请求（案件、规则文件）以 413 拒绝。默认 1048576（1 MiB）。"
          + " Requests (cases, rule files) larger than this are refused with 413. Default 1048576 (1 MiB).")
  long max_body_bytes() default 1_048_576L;

  @AttributeDefinition(
      name = "启用网页控制台 / web console enabled",
      description = "关闭后只提供 REST 接口，/hezuo/console/ 返回 404。"
          + " When off, only the REST API is served and /hezuo/console/ answers 404.")
  boolean console_enabled() default true;

  @AttributeDefinition(
      name = "CSRF 校验 / CSRF check",
      description =
          "开启时，POST 请求须在 X-Hezuo-CSRF 请求头中带回 HEZUO_CSRF Cookie 的值（双重提交）；"
              + "令牌从 GET /hezuo/api/csrf 获取。仅在所有调用方都是服务器（无浏览器）时才可关闭。"
              + " When on, a POST must echo the HEZUO_CSRF cookie in the X-Hezuo-CSRF header (double"
              + " submit; token from GET /hezuo/api/csrf). Turn off only when every caller is a server.")
  boolean csrf_enabled() default true;

  @AttributeDefinition(
      name = "模板清单 / templates manifest",
      description = "模板清单文件 manifest.json 的路径（相对路径以宿主的工作目录为准），用于列出模板及其适用的案件类型。"
          + " Path of the templates' manifest.json (relative to the host's working directory), listing"
          + " the templates and the case types each takes.")
  String templates_manifest() default "templates/manifest.json";

  @AttributeDefinition(
      name = "同时审查的请求数 / Concurrent evaluations",
      description =
          "同时运行规则审查（审查案件、生成文书）的请求数上限，其余请求按到达顺序排队等候，不占用 CPU。"
              + "审查只用 CPU，多于处理器核数的并发只会互相争抢。0（默认）表示等于处理器核数，-1 表示不限制。"
              + " How many requests run the rules at once (checking a case, generating a document); the others"
              + " wait in arrival order without using CPU. 0 (default): the number of processors; -1: no limit.")
  int evaluation_concurrency() default 0;
}
