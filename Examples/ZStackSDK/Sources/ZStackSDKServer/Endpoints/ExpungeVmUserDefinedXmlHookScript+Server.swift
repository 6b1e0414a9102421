import ZStackSDK

/// The server side of ``ExpungeVmUserDefinedXmlHookScript``: reads a call's inputs and calls the handler.
///
/// `DELETE /zstack/v1/vm-instances/xml-hook-script`, asynchronous.
nonisolated enum ExpungeVmUserDefinedXmlHookScriptServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ExpungeVmUserDefinedXmlHookScript.operation, bodyWrapper: nil) { call in
            let request = ExpungeVmUserDefinedXmlHookScript.Request(
                uuid: try call.required(try call.queryParameter("uuid", as: String.self), .queryParameter("uuid")),
                systemTags: try call.queryParameters("systemTags", as: String.self),
                userTags: try call.queryParameters("userTags", as: String.self)
            )
            return { try await handler.expungeVmUserDefinedXmlHookScript(request) }
        }
    }
}
