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
            let body = try call.decodeBody(Body.self)
            let request = UpdateVmUserDefinedXmlHookScript.Request(
                uuid: try call.required(body.wrapped?.uuid, .bodyField("updateVmUserDefinedXmlHookScript.uuid")),
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                hookScript: body.wrapped?.hookScript,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                startupStrategy: body.wrapped?.startupStrategy
            )
            return { try await handler.updateVmUserDefinedXmlHookScript(request) }
        }
    }

    /// The JSON body of a request: `{"updateVmUserDefinedXmlHookScript": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateVmUserDefinedXmlHookScript"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var uuid: String?
            var name: String?
            var description: String?
            var hookScript: String?
            var systemTags: [String]?
            var userTags: [String]?
            var startupStrategy: UpdateVmUserDefinedXmlHookScriptStartupStrategy?

            private enum CodingKeys: String, CodingKey {
                case uuid = "uuid"
                case name = "name"
                case description = "description"
                case hookScript = "hookScript"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case startupStrategy = "startupStrategy"
            }
        }
    }
}
