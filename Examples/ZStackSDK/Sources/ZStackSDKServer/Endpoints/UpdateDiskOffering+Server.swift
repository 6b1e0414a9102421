import ZStackSDK

/// The server side of ``UpdateDiskOffering``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/disk-offerings/{uuid}/actions`, asynchronous.
nonisolated enum UpdateDiskOfferingServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateDiskOffering.operation, bodyWrapper: "updateDiskOffering") { call in
            let request = try call.decodeBody(wrapper: "updateDiskOffering") { body in
                let name = try body.wrappedField(String.self, "name")
                let description = try body.wrappedField(String.self, "description")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateDiskOffering.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    name: name,
                    description: description,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateDiskOffering(request) }
        }
    }
}
