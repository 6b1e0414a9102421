import ZStackSDK

/// The server side of ``UpdateVmCdRom``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/vm-instances/cdroms/{uuid}/actions`, asynchronous.
nonisolated enum UpdateVmCdRomServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateVmCdRom.operation, bodyWrapper: "updateVmCdRom") { call in
            let request = try call.decodeBody(wrapper: "updateVmCdRom") { body in
                let description = try body.wrappedField(String.self, "description")
                let name = try body.wrappedField(String.self, "name")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                return UpdateVmCdRom.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    description: description,
                    name: name,
                    systemTags: systemTags,
                    userTags: userTags
                )
            }
            return { try await handler.updateVmCdRom(request) }
        }
    }
}
