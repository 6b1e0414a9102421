import ZStackSDK

/// The server side of ``CreateVmUserDefinedXmlHookScript``: reads a call's inputs and calls the handler.
///
/// `POST /zstack/v1/vm-instances/xml-hook-script`, asynchronous.
nonisolated enum CreateVmUserDefinedXmlHookScriptServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: CreateVmUserDefinedXmlHookScript.operation, bodyWrapper: "params") { call in
            let request = try call.decodeBody(wrapper: "params") { body in
                let name = try body.wrappedField(String.self, "name")
                let hookScript = try body.wrappedField(String.self, "hookScript")
                let description = try body.wrappedField(String.self, "description")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return CreateVmUserDefinedXmlHookScript.Request(
                    name: try call.required(name, .bodyField("params.name")),
                    hookScript: try call.required(hookScript, .bodyField("params.hookScript")),
                    description: description,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.createVmUserDefinedXmlHookScript(request) }
        }
    }
}
