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
            let request = try call.decodeBody(wrapper: "updateVirtualRouterOffering") { body in
                let isDefault = try body.wrappedField(Bool.self, "isDefault")
                let imageUuid = try body.wrappedField(String.self, "imageUuid")
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let allocatorStrategy = try body.wrappedField(String.self, "allocatorStrategy")
                return UpdateVirtualRouterOffering.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    isDefault: isDefault,
                    imageUuid: imageUuid,
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags,
                    allocatorStrategy: allocatorStrategy
                )
            }
            return { try await handler.updateVirtualRouterOffering(request) }
        }
    }
}
