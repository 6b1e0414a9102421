import ZStackSDK

/// The server side of ``UpdateVmUserDefinedXmlHookScript``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/xml-hook-script`, asynchronous.
nonisolated enum UpdateVmUserDefinedXmlHookScriptServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateVmUserDefinedXmlHookScript.operation,
            bodyWrapper: "updateVmUserDefinedXmlHookScript"
        ) { call in
            let request = try call.decodeBody(wrapper: "updateVmUserDefinedXmlHookScript") { body in
                let uuid = try body.wrappedField(String.self, "uuid")
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let hookScript = try body.wrappedField(String.self, "hookScript")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let startupStrategy = try body.wrappedField(
                    UpdateVmUserDefinedXmlHookScriptStartupStrategy.self,
                    "startupStrategy"
                )
                return UpdateVmUserDefinedXmlHookScript.Request(
                    uuid: try call.required(uuid, .bodyField("updateVmUserDefinedXmlHookScript.uuid")),
                    name: name,
                    description: description,
                    hookScript: hookScript,
                    systemTags: systemTags,
                    userTags: userTags,
                    startupStrategy: startupStrategy
                )
            }
            return { try await handler.updateVmUserDefinedXmlHookScript(request) }
        }
    }
}
