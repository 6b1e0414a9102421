import ZStackSDK

/// The server side of ``UpdateVirtualRouterOffering``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/instance-offerings/virtual-routers/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVirtualRouterOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: UpdateVirtualRouterOffering.operation,
            bodyWrapper: "updateVirtualRouterOffering"
        ) { call in
            let body = try call.decodeBody(Body.self)
            let request = UpdateVirtualRouterOffering.Request(
                uuid: try call.pathParameter("uuid", as: String.self),
                isDefault: body.wrapped?.isDefault,
                imageUuid: body.wrapped?.imageUuid,
                name: body.wrapped?.name,
                description: body.wrapped?.description,
                systemTags: body.systemTags ?? body.wrapped?.systemTags,
                userTags: body.userTags ?? body.wrapped?.userTags,
                allocatorStrategy: body.wrapped?.allocatorStrategy
            )
            return { try await handler.updateVirtualRouterOffering(request) }
        }
    }

    /// The JSON body of a request: `{"updateVirtualRouterOffering": {...}}`, with the fields outside the wrapper beside it.
    ///
    /// A field outside the wrapper (and a tag list) may also stand inside it; the copy outside wins, as ZStack's
    /// top-level `systemTags` and `userTags` do.
    private struct Body: Decodable {
        var wrapped: Wrapped?
        var systemTags: [String]?
        var userTags: [String]?

        private enum CodingKeys: String, CodingKey {
            case wrapped = "updateVirtualRouterOffering"
            case systemTags = "systemTags"
            case userTags = "userTags"
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            var isDefault: Bool?
            var imageUuid: String?
            var name: String?
            var description: String?
            var systemTags: [String]?
            var userTags: [String]?
            var allocatorStrategy: String?

            private enum CodingKeys: String, CodingKey {
                case isDefault = "isDefault"
                case imageUuid = "imageUuid"
                case name = "name"
                case description = "description"
                case systemTags = "systemTags"
                case userTags = "userTags"
                case allocatorStrategy = "allocatorStrategy"
            }
        }
    }
}
