import ZStackSDK

/// The server side of ``ChangeL2NetworkVlanId``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/l2-networks/{uuid}/actions`, asynchronous.
nonisolated enum ChangeL2NetworkVlanIdServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: ChangeL2NetworkVlanId.operation, bodyWrapper: "changeL2NetworkVlanId") { call in
            let body = try call.decodeBody(Body.self)
            let request = ChangeL2NetworkVlanId.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                vlan: body.wrapped?.vlan,
                type: body.wrapped?.type,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.changeL2NetworkVlanId(request) }
        }
    }

    /// The JSON body of a request: `{"changeL2NetworkVlanId": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "changeL2NetworkVlanId"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var vlan: Int?
            var type: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case vlan = "vlan"
                case type = "type"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
