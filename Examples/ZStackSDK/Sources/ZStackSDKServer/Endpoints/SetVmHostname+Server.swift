import ZStackSDK

/// The server side of ``SetVmHostname``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/{uuid}/actions`, asynchronous.
nonisolated enum SetVmHostnameServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SetVmHostname.operation, bodyWrapper: "setVmHostname") { call in
            let body = try call.decodeBody(Body.self)
            let request = SetVmHostname.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                hostname: try call.required(body.wrapped?.hostname, .bodyField("setVmHostname.hostname")),
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.setVmHostname(request) }
        }
    }

    /// The JSON body of a request: `{"setVmHostname": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "setVmHostname"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var hostname: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case hostname = "hostname"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
