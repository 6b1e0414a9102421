import ZStackSDK

/// The server side of ``UpdateClusterOS``: reads a call's inputs and calls the handler.
///
/// `PUT /zstack/v1/clusters/{uuid}/actions`, asynchronous.
nonisolated enum UpdateClusterOSServerEndpoint: ZStackServerEndpointDefinition {
    static func endpoint(calling handler: some ZStackAPIHandler) -> ZStackServerEndpoint {
        ZStackServerEndpoint(operation: UpdateClusterOS.operation, bodyWrapper: "updateClusterOS") { call in
            let request = try call.decodeBody(wrapper: "updateClusterOS") { body in
                let excludePackages = try body.wrappedField([String].self, "excludePackages")
                let updatePackages = try body.wrappedField([String].self, "updatePackages")
                let releaseVersion = try body.wrappedField(String.self, "releaseVersion")
                let resourceUuid = try body.wrappedField(String.self, "resourceUuid")
                let tagUuids = try body.wrappedField([String].self, "tagUuids")
                let systemTags = try body.fieldBesideWrapper([String].self, "systemTags")
                let userTags = try body.fieldBesideWrapper([String].self, "userTags")
                let force = try body.wrappedField(UpdateClusterOSForce.self, "force")
                let hostUuid = try body.wrappedField(String.self, "hostUuid")
                return UpdateClusterOS.Request(
                    uuid: try call.pathParameter("uuid", as: String.self),
                    excludePackages: excludePackages,
                    updatePackages: updatePackages,
                    releaseVersion: releaseVersion,
                    resourceUuid: resourceUuid,
                    tagUuids: tagUuids,
                    systemTags: systemTags,
                    userTags: userTags,
                    force: force,
                    hostUuid: hostUuid
                )
            }
            return { try await handler.updateClusterOS(request) }
        }
    }
}
