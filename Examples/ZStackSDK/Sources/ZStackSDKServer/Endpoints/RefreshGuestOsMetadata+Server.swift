import ZStackSDK

/// The server side of ``RefreshGuestOsMetadata``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/guest-os/metadata/actions`, asynchronous.
nonisolated enum RefreshGuestOsMetadataServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(
            operation: RefreshGuestOsMetadata.operation,
            bodyWrapper: "refreshGuestOsMetadata"
        ) { call in
            let request = try call.decodeBody(wrapper: "refreshGuestOsMetadata") { body in
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return RefreshGuestOsMetadata.Request(systemTags: systemTags, userTags: userTags)
            }
            return { try await handler.refreshGuestOsMetadata(request) }
        }
    }
}
