public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``ChangeVolumeState``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let changeVolumeStateExample = #"""
        {
          "success": true,
          "inventory": {
            "uuid": "0d50ef1dac5e5d2beb41f1cf03b42737",
            "name": "name",
            "description": "description",
            "primaryStorageUuid": "b98ade649c64d0fea9ee4f4d55288682",
            "vmInstanceUuid": "cc464133650c8a17ca2f657b07415be7",
            "diskOfferingUuid": "53abad548c5d9d5cd91b7501bb00a764",
            "rootImageUuid": "c48d1ba3f75708b30b644c9174b0ee96",
            "installPath": "installPath",
            "type": "type",
            "format": "format",
            "size": 1,
            "actualSize": 1,
            "deviceId": 1,
            "state": "state",
            "status": "status",
            "createDate": "Jan 6, 2017 3:51:16 AM",
            "lastOpDate": "Jan 6, 2017 3:51:16 AM",
            "isShareable": true,
            "volumeQos": "volumeQos",
            "lastDetachDate": "Jan 6, 2017 3:51:16 AM",
            "lastVmInstanceUuid": "205e276713c3033342843338494c3c5a"
          }
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func changeVolumeState(
        _ request: ChangeVolumeState.Request
    ) async throws -> ChangeVolumeState.Response {
        try Self.example(ChangeVolumeState.Response.self, json: Self.changeVolumeStateExample)
    }
}
