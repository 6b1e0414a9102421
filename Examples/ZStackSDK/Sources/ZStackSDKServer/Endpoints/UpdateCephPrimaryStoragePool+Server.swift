import ZStackSDK

/// The server side of ``UpdateCephPrimaryStoragePool``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/primary-storage/ceph/pools/{uuid}/actions`, asynchronous.
nonisolated enum UpdateCephPrimaryStoragePoolServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateCephPrimaryStoragePool.operation,
            bodyWrapper: "updateCephPrimaryStoragePool"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateCephPrimaryStoragePool.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                aliasName: body.wrapped?.aliasName,
                description: body.wrapped?.description,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags
            )
            return { try await handler.updateCephPrimaryStoragePool(request) }
        }
    }

    /// The JSON body of a request: `{"updateCephPrimaryStoragePool": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateCephPrimaryStoragePool"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var aliasName: String?
            var description: String?
            var systemTags: [String]?
            var userTags: [String]?

            private enum CodingKeys: String, CodingKey {
                case aliasName = "aliasName"
                case description = "description"
                case systemTags = "systemTags"
                case userTags = "userTags"
            }
        }
    }
}
