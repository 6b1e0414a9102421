public import ZStackSDK

nonisolated extension ZStackMockHandler {
    /// The reply of ``GetCandidateIsoForAttachingVm``, synthesized from its declared response fields: its documentation has no
    /// response example.
    static let getCandidateIsoForAttachingVmExample = #"""
        {
          "success": true,
          "inventories": [
            {
              "uuid": "f238d46310250dcecf33bf0d52bc31fe",
              "name": "name",
              "description": "description",
              "state": "state",
              "status": "status",
              "size": 1,
              "actualSize": 1,
              "md5Sum": "md5Sum",
              "url": "url",
              "mediaType": "mediaType",
              "guestOsType": "guestOsType",
              "type": "type",
              "platform": "platform",
              "architecture": "architecture",
              "format": "format",
              "system": true,
              "virtio": true,
              "createDate": "Jan 6, 2017 3:51:16 AM",
              "lastOpDate": "Jan 6, 2017 3:51:16 AM",
              "backupStorageRefs": [
                {
                  "imageUuid": "ad82152337c15d1a8632e0d67397bdf5",
                  "backupStorageUuid": "17a079f30c3fea98814370299f6af127",
                  "installPath": "installPath",
                  "exportUrl": "exportUrl",
                  "exportMd5Sum": "exportMd5Sum",
                  "status": "status",
                  "createDate": "Jan 6, 2017 3:51:16 AM",
                  "lastOpDate": "Jan 6, 2017 3:51:16 AM"
                }
              ]
            }
          ]
        }
        """#

    /// Answers with a reply synthesized from the declared response fields.
    ///
    /// - Parameter request: The inputs of the call, which are ignored.
    /// - Returns: The synthesized reply.
    /// - Throws: `DecodingError` if the example does not fit the response type, which the generator rules out.
    public func getCandidateIsoForAttachingVm(
        _ request: GetCandidateIsoForAttachingVm.Request
    ) async throws -> GetCandidateIsoForAttachingVm.Response {
        try Self.example(GetCandidateIsoForAttachingVm.Response.self, json: Self.getCandidateIsoForAttachingVmExample)
    }
}
