import ZStackSDK

/// The server side of ``SyncImageSize``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/images/{uuid}/actions`, asynchronous.
nonisolated enum SyncImageSizeServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: SyncImageSize.operation, bodyWrapper: "syncImageSize") { call in
            let request = try call.decodeBody(wrapper: "syncImageSize") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return SyncImageSize.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.syncImageSize(request) }
        }
    }
}
