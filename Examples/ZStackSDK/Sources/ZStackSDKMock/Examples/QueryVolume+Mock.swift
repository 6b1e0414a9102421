public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``QueryVolume``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let queryVolumeExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "d4aea362926ac7978a015dc523d7add6",
              "name": "name",
              "description": "description",
              "primaryStorageUuid": "9f64bb2d1a004db617aa5fe6e1c602f4",
              "vmInstanceUuid": "9bb70b700f44ddd73d23b62e04a67893",
              "diskOfferingUuid": "002cc2770418a7a449568dd2b5dc4bc8",
              "rootImageUuid": "62626fb81ddf43bf133b1db09f121c6e",
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
              "lastVmInstanceUuid": "4e4d3d17d9cc1e43fedae6c4b4ac198f"
            }
          ],
          "total": 1
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func queryVolume(
        _ request: QueryVolume.Request
    ) async throws -> QueryVolume.Response {
        try Self.example(QueryVolume.Response.self, json: Self.queryVolumeExample)
    }
}
