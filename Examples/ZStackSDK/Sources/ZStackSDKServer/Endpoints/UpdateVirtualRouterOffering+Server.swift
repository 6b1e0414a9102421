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
        let wrapped: Wrapped?
        let systemTags: [String]?
        let userTags: [String]?

        init(from decoder: any Decoder) throws {
            let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
            self.wrapped = try object.optionalValue(Wrapped.self, forKey: "updateVirtualRouterOffering")
            self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
            self.userTags = try object.optionalValue([String].self, forKey: "userTags")
        }

        /// The fields inside the wrapper.
        struct Wrapped: Decodable {
            let isDefault: Bool?
            let imageUuid: String?
            let name: String?
            let description: String?
            let systemTags: [String]?
            let userTags: [String]?
            let allocatorStrategy: String?

            init(from decoder: any Decoder) throws {
                let object = try decoder.container(keyedBy: ZStackServerCodingKey.self)
                self.isDefault = try object.optionalValue(Bool.self, forKey: "isDefault")
                self.imageUuid = try object.optionalValue(String.self, forKey: "imageUuid")
                self.name = try object.optionalValue(String.self, forKey: "name")
                self.description = try object.optionalValue(String.self, forKey: "description")
                self.systemTags = try object.optionalValue([String].self, forKey: "systemTags")
                self.userTags = try object.optionalValue([String].self, forKey: "userTags")
                self.allocatorStrategy = try object.optionalValue(String.self, forKey: "allocatorStrategy")
            }
        }
    }
}
