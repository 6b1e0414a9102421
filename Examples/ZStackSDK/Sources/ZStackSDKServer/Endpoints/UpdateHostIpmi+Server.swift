import ZStackSDK

/// The server side of ``UpdateHostIpmi``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/hosts/ipmi/{uuid}/actions`, asynchronous.
nonisolated enum UpdateHostIpmiServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateHostIpmi.operation, bodyWrapper: "updateHostIpmi") { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateHostIpmi.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                ipmiAddress: body.wrapped?.ipmiAddress,
                ipmiUsername: body.wrapped?.ipmiUsername,
                ipmiPassword: body.wrapped?.ipmiPassword,
                ipmiPort: body.wrapped?.ipmiPort,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateHostIpmi(request) }
        }
    }

    /// The JSON body of a request: `{"updateHostIpmi": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateHostIpmi"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var ipmiAddress: String?
            var ipmiUsername: String?
            var ipmiPassword: String?
            var ipmiPort: Int?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case ipmiAddress = "ipmiAddress"
                case ipmiUsername = "ipmiUsername"
                case ipmiPassword = "ipmiPassword"
                case ipmiPort = "ipmiPort"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
